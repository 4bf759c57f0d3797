using System.Text;
using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>
/// Organizations' EffectivePolicyValidation service event, as AWS documents it (AWS Organizations User Guide, "Logging API
/// calls with AWS CloudTrail for AWS Organizations", "Understanding AWS Organizations log file entries": the invalid and
/// valid effective policy examples, in events/effective-policy-*.json): a coverage check of the account it names.
/// </summary>
public sealed class EffectivePolicyValidationClassificationTests
{
    private static readonly EventClassifier s_classifier = new(Fixtures.ManagedPolicyName, null);

    [Theory]
    [InlineData("effective-policy-invalid")]
    [InlineData("effective-policy-valid")]
    public void BothStatesOfABackupPolicyAskForACheckOfTheAccountInServiceEventDetails(string fixture)
    {
        // Act
        var c = s_classifier.Classify(Fixtures.Read(fixture), Fixtures.ManagedPolicyId);

        // Assert: the affected account, not userIdentity's (111122223333 in the invalid example).
        Assert.Equal(EventKind.CoverageSignal, c.Kind);
        Assert.Equal("111111111111", c.CoverageAccount);
        Assert.Null(c.Trigger);
        Assert.Null(c.IgnoredReason);
        Assert.Equal("EffectivePolicyValidation", c.EventName);
        Assert.Equal("AWS Internal", c.Principal);
    }

    [Fact]
    public void TheReasonSaysWhetherThePolicyBecameInvalidOrValidAgain()
    {
        var invalid = s_classifier.Classify(Fixtures.Read("effective-policy-invalid"), Fixtures.ManagedPolicyId);
        var valid = s_classifier.Classify(Fixtures.Read("effective-policy-valid"), Fixtures.ManagedPolicyId);

        Assert.EndsWith("111111111111 invalid", invalid.Reason, StringComparison.Ordinal);
        Assert.EndsWith("111111111111 valid again", valid.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherPolicyTypesValidationIsUnrelated()
    {
        var body = Edit("effective-policy-invalid", d => d["serviceEventDetails"]!["policyType"] = "TAG_POLICY");

        var c = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.Unrelated, c.Kind);
        Assert.Null(c.CoverageAccount);
    }

    [Fact]
    public void AnotherOrganizationsServiceEventIsUnrelated()
    {
        var body = Edit("effective-policy-invalid", d => d["eventName"] = "AccountCreated");

        Assert.Equal(EventKind.Unrelated, s_classifier.Classify(body, Fixtures.ManagedPolicyId).Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("11111111111")]
    [InlineData("１１１１１１１１１１１１")]
    [InlineData("111111111111\n")]
    public void AValidationWithoutATwelveDigitAccountIsInvalid(string? account)
    {
        var body = Edit("effective-policy-invalid", d => d["serviceEventDetails"]!["accountId"] = account);

        var c = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.Invalid, c.Kind);
        Assert.Null(c.CoverageAccount);
    }

    [Fact]
    public void ServiceEventDetailsOfTheWrongTypeMakeTheEventInvalid()
    {
        var body = Edit("effective-policy-invalid", d => d["serviceEventDetails"] = "INVALID");

        Assert.Equal(EventKind.Invalid, s_classifier.Classify(body, Fixtures.ManagedPolicyId).Kind);
    }

    [Fact]
    public void TheSameRecordAsAnApiCallIsNotACoverageSignal()
    {
        var node = JsonNode.Parse(Fixtures.Read("effective-policy-invalid"))!;
        node["detail-type"] = EventClassifier.CloudTrailDetailType;

        var c = s_classifier.Classify(Encoding.UTF8.GetBytes(node.ToJsonString()), Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.Unrelated, c.Kind);
    }

    private static byte[] Edit(string fixture, Action<JsonNode> editDetail)
    {
        var node = JsonNode.Parse(Fixtures.Read(fixture))!;
        editDetail(node["detail"]!);
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }
}
