using OrgBackupHealer.Core.Policies;
using static OrgBackupHealer.Core.Tests.Inheritance.PolicyPaths;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>A policy whose content cannot be merged is one error at the document root that names the policy.</summary>
public sealed class PolicyContentErrorTests
{
    [Theory]
    [InlineData("[1]", "policy Broken (p-broken) must be a JSON object")]
    [InlineData("{\"plans\":", "policy Broken (p-broken) is not valid JSON (")]
    public void ContentThatCannotBeMergedIsOneErrorAtTheRoot(string content, string messageStart)
    {
        var error = Assert.Throws<PolicyDocumentException>(() => Compute(Target("r-root", Policy("Broken", content))));

        var problem = Assert.Single(error.Errors);
        Assert.Equal("$", problem.Path);
        Assert.StartsWith(messageStart, problem.Message, StringComparison.Ordinal);
    }
}
