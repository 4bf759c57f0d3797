using System.Text;
using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>Events reach the healer from every account of the organization; the account that recorded the call is kept.</summary>
public class SourceAccountTests
{
    private const string MemberAccount = "222222222222";
    private const string DelegatedAdministrator = "333333333333";

    private static readonly EventClassifier s_classifier = new(
        Fixtures.ManagedPolicyName, HealerRole.TryParse(Fixtures.HealerRoleArn, out var role) ? role : null);

    [Theory]
    [InlineData("member-access-denied-iam-user", MemberAccount)]
    [InlineData("member-access-denied-assumed-role", MemberAccount)]
    [InlineData("member-access-denied-root-user", MemberAccount)]
    [InlineData("member-access-denied-aws-service", MemberAccount)]
    [InlineData("member-too-many-requests-describe-organization", MemberAccount)]
    [InlineData("delegated-admin-detach-policy", DelegatedAdministrator)]
    [InlineData("access-denied-attach-policy", "111111111111")]
    public void ReconcilesOnSignalsFromAnyAccountAndKeepsTheAccountTheyCameFrom(string fixture, string account)
    {
        // Arrange
        var body = Fixtures.Read(fixture);

        // Act
        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        // Assert
        Assert.True(result.RunsReconcile, result.Reason);
        Assert.Equal(account, result.SourceAccount);
    }

    [Fact]
    public void TakesTheEnvelopeAccountOverTheRecipientAccountId()
    {
        // Arrange: the envelope names the account whose bus first saw the event.
        var body = Mutate("member-access-denied-iam-user", root => root["detail"]!["recipientAccountId"] = "444444444444");

        // Act
        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        // Assert
        Assert.Equal(MemberAccount, result.SourceAccount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void FallsBackToTheRecipientAccountIdWhenTheEnvelopeHasNoAccount(string? account)
    {
        // Arrange
        var body = Mutate("member-access-denied-iam-user", root =>
        {
            if (account is null)
            {
                root.AsObject().Remove("account");
            }
            else
            {
                root["account"] = account;
            }
        });

        // Act
        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        // Assert
        Assert.Equal(EventKind.ErrorSignal, result.Kind);
        Assert.Equal(MemberAccount, result.SourceAccount);
    }

    [Fact]
    public void HasNoSourceAccountForAnEventThatCannotBeRead()
    {
        // Arrange
        var body = "{\"source\":42}"u8.ToArray();

        // Act
        var result = s_classifier.Classify(body);

        // Assert
        Assert.Equal(EventKind.Invalid, result.Kind);
        Assert.Null(result.SourceAccount);
    }

    [Fact]
    public void NamesTheServiceAsPrincipalWhenAnAwsServiceMadeTheCall()
    {
        // Arrange: an AWSService identity has no ARN and no principal id.
        var body = Fixtures.Read("member-access-denied-aws-service");

        // Act
        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        // Assert
        Assert.Equal("backup.amazonaws.com", result.Principal);
    }

    [Fact]
    public void IgnoresTheHealersOwnCallWhicheverAccountForwardedIt()
    {
        // Arrange: the healer's throttled call as a forwarder in another account would deliver it.
        var body = Mutate("self-generated-error", root => root["account"] = MemberAccount);

        // Act
        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        // Assert
        Assert.Equal(EventKind.SelfGenerated, result.Kind);
        Assert.Equal(MemberAccount, result.SourceAccount);
    }

    private static byte[] Mutate(string fixture, Action<JsonNode> change)
    {
        var root = JsonNode.Parse(Fixtures.Read(fixture))!;
        change(root);
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
