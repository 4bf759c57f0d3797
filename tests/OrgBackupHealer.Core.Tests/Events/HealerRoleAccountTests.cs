using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>The account part of the healer's role ARN must be twelve digits, every one of them.</summary>
public sealed class HealerRoleAccountTests
{
    [Theory]
    [InlineData("arn:aws:iam::12345678901x:role/healer")]
    [InlineData("arn:aws:iam::x12345678901:role/healer")]
    public void AnAccountWithANonDigitIsNotARoleArn(string arn)
    {
        var parsed = HealerRole.TryParse(arn, out var role);

        Assert.False(parsed);
        Assert.Null(role);
    }
}
