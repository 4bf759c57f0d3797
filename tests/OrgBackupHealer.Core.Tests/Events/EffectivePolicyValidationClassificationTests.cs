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

    [Theory]
    [InlineData("INVALID", "invalid")]
    [InlineData("VALID", "valid again")]
    [InlineData("PENDING", "in state 'PENDING'")]
    public void TheReasonSaysWhetherThePolicyBecameInvalidOrValidAgain(string state, string said)
    {
        // Arrange
        var body = Edit("effective-policy-invalid", d => d["serviceEventDetails"]!["state"] = state);

        // Act
        var c = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        // Assert
        Assert.Equal(EventKind.CoverageSignal, c.Kind);
        Assert.Equal($"Organizations finds the effective backup policy of account 111111111111 {said}", c.Reason);
    }

    [Fact]
    public void AnotherPolicyTypesValidationIsUnrelated()
    {
        var body = Edit("effective-policy-invalid", d => d["serviceEventDetails"]!["policyType"] = "TAG_POLICY");

        var c = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.Unrelated, c.Kind);
        Assert.Equal("EffectivePolicyValidation of policy type 'TAG_POLICY' is not about backup policies", c.Reason);
        Assert.Null(c.CoverageAccount);
    }

    [Fact]
    public void AnotherOrganizationsServiceEventIsUnrelated()
    {
        var body = Edit("effective-policy-invalid", d => d["eventName"] = "AccountCreated");

        var c = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.Unrelated, c.Kind);
        Assert.Equal("service event AccountCreated from 'organizations.amazonaws.com' is not handled", c.Reason);
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
        Assert.Equal("EffectivePolicyValidation without an account id in serviceEventDetails.accountId", c.Reason);
        Assert.Null(c.CoverageAccount);
    }

    [Theory]
    [InlineData("serviceEventDetails", null, "an object")]
    [InlineData("serviceEventDetails", "accountId", "a string")]
    [InlineData("serviceEventDetails", "policyType", "a string")]
    [InlineData("serviceEventDetails", "state", "a string")]
    public void AServiceEventDetailsMemberOfTheWrongTypeMakesTheEventInvalidAndIsNamed(string member, string? inner, string expected)
    {
        // Arrange
        var body = Edit("effective-policy-invalid", d =>
        {
            if (inner is null)
            {
                d[member] = 7;
            }
            else
            {
                d[member]![inner] = 7;
            }
        });
        var path = inner is null ? $"detail.{member}" : $"detail.{member}.{inner}";

        // Act
        var c = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        // Assert
        Assert.Equal(EventKind.Invalid, c.Kind);
        Assert.Equal($"CloudTrail detail has an unexpected shape: '{path}' is a number, not {expected}", c.Reason);
    }

    [Fact]
    public void AServiceEventWithoutADetailIsInvalid()
    {
        // Arrange
        var node = JsonNode.Parse(Fixtures.Read("effective-policy-invalid"))!;
        node["detail"] = null;

        // Act
        var c = s_classifier.Classify(Encoding.UTF8.GetBytes(node.ToJsonString()), Fixtures.ManagedPolicyId);

        // Assert
        Assert.Equal(EventKind.Invalid, c.Kind);
        Assert.Equal("CloudTrail event without an object 'detail'", c.Reason);
    }

    [Fact]
    public void AValidationFromAnotherServiceIsUnrelatedAndNamesIt()
    {
        // Arrange
        var body = Edit("effective-policy-invalid", d => d["eventSource"] = "backup.amazonaws.com");

        // Act
        var c = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        // Assert
        Assert.Equal(EventKind.Unrelated, c.Kind);
        Assert.Equal("service event EffectivePolicyValidation from 'backup.amazonaws.com' is not handled", c.Reason);
    }

    [Fact]
    public void AValidationWithoutServiceEventDetailsIsUnrelated()
    {
        // Arrange
        var body = Edit("effective-policy-invalid", d => d.AsObject().Remove("serviceEventDetails"));

        // Act
        var c = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        // Assert
        Assert.Equal(EventKind.Unrelated, c.Kind);
        Assert.Equal("EffectivePolicyValidation of policy type '' is not about backup policies", c.Reason);
    }

    [Fact]
    public void NullServiceEventDetailsAreUnrelatedAndTheMembersAfterThemAreStillRead()
    {
        // Arrange: serviceEventDetails first, null, then everything else of the record.
        var node = JsonNode.Parse(Fixtures.Read("effective-policy-invalid"))!;
        var detail = new JsonObject { ["serviceEventDetails"] = null };
        foreach (var (name, value) in node["detail"]!.AsObject().Where(m => m.Key != "serviceEventDetails").ToList())
        {
            detail[name] = value?.DeepClone();
        }

        node["detail"] = detail;

        // Act
        var c = s_classifier.Classify(Encoding.UTF8.GetBytes(node.ToJsonString()), Fixtures.ManagedPolicyId);

        // Assert
        Assert.Equal(EventKind.Unrelated, c.Kind);
        Assert.Equal("EffectivePolicyValidation of policy type '' is not about backup policies", c.Reason);
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
