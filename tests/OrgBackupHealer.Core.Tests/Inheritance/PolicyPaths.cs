using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Inheritance;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>Short ways to write an account's path in tests, and a JSON assertion that prints both sides.</summary>
internal static class PolicyPaths
{
    public static AttachedPolicy Policy(string name, string content) => new($"p-{name.ToLowerInvariant()}", name, content);

    public static PathTarget Target(string targetId, params AttachedPolicy[] policies) => new(targetId, policies);

    public static EffectivePolicy Compute(params PathTarget[] pathFromRoot) => EffectivePolicyCalculator.Compute(pathFromRoot);

    public static PolicyPlacement Placement(AttachedPolicy policy, string targetId) => new(policy.PolicyId, policy.PolicyName, targetId);

    public static void AssertJsonEqual(string expected, JsonNode? actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        Assert.True(
            JsonNode.DeepEquals(expectedNode, actual),
            $"expected {expectedNode?.ToJsonString()}{Environment.NewLine}actual   {actual?.ToJsonString()}");
    }
}
