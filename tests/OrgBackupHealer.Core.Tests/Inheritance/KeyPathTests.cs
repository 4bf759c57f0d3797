using OrgBackupHealer.Core.Inheritance.Internal;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>How key paths are written, and when one path lies inside another.</summary>
public sealed class KeyPathTests
{
    [Theory]
    [InlineData("daily", "$.daily")]
    [InlineData("", "$['']")]
    [InlineData("it's", @"$['it\'s']")]
    [InlineData(@"a\b", @"$['a\\b']")]
    [InlineData(@"a\'b", @"$['a\\\'b']")]
    public void AKeyThatIsNotPlainIsWrittenInBracketsWithQuotesAndBackslashesEscaped(string key, string expected) =>
        Assert.Equal(expected, KeyPath.Child(KeyPath.Root, key));

    [Theory]
    [InlineData("$.plans.p", "$.plans.p", true)]
    [InlineData("$.PLANS.p.regions", "$.plans.p", true)]
    [InlineData("$.plans['x'].regions", "$.plans", true)]
    [InlineData("$.plans.pq", "$.plans.p", false)]
    [InlineData("$.plans", "$.plans.p", false)]
    [InlineData("$.tags.x.y", "$.plans", false)]
    [InlineData("$.x.y", "$.a", false)]
    public void APathIsWithinItselfAndTheKeysUnderItOnly(string path, string ancestor, bool expected) =>
        Assert.Equal(expected, KeyPath.IsWithin(path, ancestor));
}
