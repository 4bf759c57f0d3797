using System.Text;
using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>
/// A deployment with several entries: a write to any entry's policy is drift, by id or by name, and a write to a policy
/// of unknown type stays possible drift until every entry's id is known.
/// </summary>
public sealed class PolicySetClassificationTests
{
    private const string BaselineId = "p-abcd1234";
    private const string ProdId = "p-prod0001";

    private static readonly EventClassifier s_classifier = new(["org-backup-baseline", "org-backup-prod"], healerRole: null);

    [Fact]
    public void ADetachOfTheSecondEntrysPolicyIsDrift()
    {
        var body = WithDetail("detach-managed-policy", d => d["requestParameters"]!["policyId"] = ProdId);

        var result = s_classifier.Classify(body, [BaselineId, ProdId]);

        Assert.Equal(EventKind.DriftSignal, result.Kind);
        Assert.Equal($"DetachPolicy changed the managed policy {ProdId}", result.Reason);
    }

    [Fact]
    public void ADetachOfAnUnknownPolicyIsPossibleDriftWhileOneEntrysIdIsUnknown()
    {
        var result = s_classifier.Classify(Fixtures.Read("unrelated-scp-change"), [BaselineId]);

        Assert.Equal(EventKind.DriftSignal, result.Kind);
        Assert.Contains("some managed policies' ids are not known yet", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ADetachOfAnUnknownPolicyIsUnrelatedOnceEveryEntrysIdIsKnown()
    {
        var result = s_classifier.Classify(Fixtures.Read("unrelated-scp-change"), [BaselineId, ProdId]);

        Assert.Equal(EventKind.Unrelated, result.Kind);
    }

    [Fact]
    public void AnUpdateNamingTheSecondEntryIsDriftEvenWithoutItsTypeOrId()
    {
        var body = WithDetail("update-managed-policy", d =>
        {
            d["requestParameters"]!["policyId"] = "p-zzzz9999";
            var summary = d["responseElements"]!["policy"]!["policySummary"]!.AsObject();
            summary.Remove("type");
            summary["name"] = "org-backup-prod";
        });

        var result = s_classifier.Classify(body, [BaselineId, ProdId]);

        Assert.Equal(EventKind.DriftSignal, result.Kind);
        Assert.Equal("UpdatePolicy changed the managed policy org-backup-prod", result.Reason);
    }

    [Fact]
    public void AnUpdateNamingAPolicyOutsideTheSetWithoutItsTypeIsUnrelatedOnceEveryIdIsKnown()
    {
        var body = WithDetail("update-managed-policy", d =>
        {
            d["requestParameters"]!["policyId"] = "p-zzzz9999";
            var summary = d["responseElements"]!["policy"]!["policySummary"]!.AsObject();
            summary.Remove("type");
            summary["name"] = "org-backup-sandbox";
        });

        var result = s_classifier.Classify(body, [BaselineId, ProdId]);

        Assert.Equal(EventKind.Unrelated, result.Kind);
    }

    private static byte[] WithDetail(string fixture, Action<JsonNode> change)
    {
        var root = JsonNode.Parse(Fixtures.Read(fixture))!;
        change(root["detail"]!);
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
