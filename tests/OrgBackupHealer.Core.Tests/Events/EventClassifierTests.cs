using System.Text;
using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Tests.Events;

public class EventClassifierTests
{
    private static readonly EventClassifier s_classifier = new(
        Fixtures.ManagedPolicyName, HealerRole.TryParse(Fixtures.HealerRoleArn, out var role) ? role : null);

    [Fact]
    public void ClassifiesRequestParametersHoldingInvalidUtf8AsInvalidInsteadOfThrowing()
    {
        var fixture = Encoding.UTF8.GetString(Fixtures.Read("detach-managed-policy"));
        var at = Encoding.UTF8.GetByteCount(fixture[..fixture.IndexOf("p-abcd1234", StringComparison.Ordinal)]);
        var body = Fixtures.Read("detach-managed-policy");
        body[at + 2] = 0xE1;

        var result = s_classifier.Classify(body, knownManagedPolicyId: null);

        Assert.Equal(EventKind.Invalid, result.Kind);
        Assert.Contains("requestParameters", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TreatsDetachOfUnknownPolicyAsPossibleDriftBeforeTheManagedIdIsKnown()
    {
        var body = Fixtures.Read("unrelated-scp-change");

        var result = s_classifier.Classify(body, knownManagedPolicyId: null);

        Assert.Equal(EventKind.DriftSignal, result.Kind);
        Assert.Contains("not known yet", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void IgnoresUpdateOfAnotherPolicyTypeEvenBeforeTheManagedIdIsKnown()
    {
        var body = Mutate("update-managed-policy", d =>
        {
            d["requestParameters"]!["policyId"] = "p-scp7x9k2m";
            d["responseElements"]!["policy"]!["policySummary"]!["type"] = "SERVICE_CONTROL_POLICY";
            d["responseElements"]!["policy"]!["policySummary"]!["name"] = "deny-leave-org";
        });

        var result = s_classifier.Classify(body, knownManagedPolicyId: null);

        Assert.Equal(EventKind.Unrelated, result.Kind);
    }

    [Fact]
    public void RecognisesSelfByAssumedRoleArnWithoutSessionIssuer()
    {
        var body = Mutate("self-generated-error", d => d["userIdentity"]!.AsObject().Remove("sessionContext"));

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.SelfGenerated, result.Kind);
    }

    [Fact]
    public void RecognisesSelfBySessionIssuerArnAlone()
    {
        var body = Mutate("self-generated-error", d => d["userIdentity"]!["arn"] = "arn:aws:sts::111111111111:federated-user/x");

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.SelfGenerated, result.Kind);
    }

    [Fact]
    public void TreatsSelfEventsAsSignalsWhenNoRoleIsConfigured()
    {
        var classifier = new EventClassifier(Fixtures.ManagedPolicyName, healerRole: null);

        var result = classifier.Classify(Fixtures.Read("self-generated-error"), Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.ErrorSignal, result.Kind);
    }

    [Fact]
    public void IgnoresErrorsThatAreNeitherAccessDeniedNorThrottling()
    {
        var body = Mutate("access-denied-attach-policy", d => d["errorCode"] = "DuplicatePolicyAttachmentException");

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.Unrelated, result.Kind);
        Assert.Null(result.Triage);
    }

    [Fact]
    public void IgnoresFailedDetachOfManagedPolicy()
    {
        var body = Mutate("detach-managed-policy", d => d["errorCode"] = "PolicyNotAttachedException");

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.Unrelated, result.Kind);
    }

    [Fact]
    public void IgnoresDisablingAnotherPolicyType()
    {
        var body = Mutate("disable-policy-type", d => d["requestParameters"]!["policyType"] = "TAG_POLICY");

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.Unrelated, result.Kind);
    }

    [Fact]
    public void TreatsDeleteOfManagedPolicyAsDrift()
    {
        var body = Mutate("detach-managed-policy", d =>
        {
            d["eventName"] = "DeletePolicy";
            d["requestParameters"]!.AsObject().Remove("targetId");
        });

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.DriftSignal, result.Kind);
    }

    [Fact]
    public void IgnoresEventsFromOtherSources()
    {
        var body = """{"version":"0","id":"1","detail-type":"EC2 Instance State-change Notification","source":"aws.ec2","detail":{}}"""u8;

        var result = s_classifier.Classify(body);

        Assert.Equal(EventKind.Unrelated, result.Kind);
    }

    [Fact]
    public void IgnoresCloudTrailEventsOfAnotherService()
    {
        var body = Mutate("detach-managed-policy", d => d["eventSource"] = "iam.amazonaws.com");

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.Unrelated, result.Kind);
    }

    [Theory]
    [InlineData("{\"source\":\"aws.s3\",\"detail-type\":\"Object Created\",\"detail\":{\"errorCode\":5,\"bucket\":{}}}")]
    [InlineData("{\"source\":\"aws.health\",\"detail-type\":\"AWS Health Event\",\"detail\":\"text\"}")]
    public void IgnoresOtherSourcesWhoseDetailIsNotACloudTrailRecordAsUnrelated(string json)
    {
        var result = s_classifier.Classify(Encoding.UTF8.GetBytes(json));

        Assert.Equal(EventKind.Unrelated, result.Kind);
        Assert.Contains("is not handled", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\"}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":\"x\"}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"readOnly\":\"yes\"}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventSource\":\"organizations.amazonaws.com\"}}")]
    [InlineData("{\"source\":42}")]
    [InlineData("{\"resources\":\"not-a-list\"}")]
    [InlineData("{\"source\":\"aws.events\"")]
    public void RejectsMalformedEventsAsInvalid(string json)
    {
        var result = s_classifier.Classify(Encoding.UTF8.GetBytes(json));

        Assert.Equal(EventKind.Invalid, result.Kind);
        Assert.Equal(IgnoreReason.Invalid, result.IgnoredReason);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Fact]
    public void RejectsEventsLargerThanEventBridgeAllowsBeforeParsing()
    {
        var body = new byte[EventClassifier.MaxEventBytes + 1];

        var result = s_classifier.Classify(body);

        Assert.Equal(EventKind.Invalid, result.Kind);
        Assert.Contains("larger than", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsASyntaxErrorInsideAMemberTheClassifierDoesNotReadAsInvalid()
    {
        var text = Encoding.UTF8.GetString(Fixtures.Read("access-denied-attach-policy"));
        var body = Encoding.UTF8.GetBytes(text.Replace("\"tlsVersion\": \"TLSv1.3\"", "\"tlsVersion\": TLSv1.3", StringComparison.Ordinal));

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.Invalid, result.Kind);
        Assert.StartsWith("not an EventBridge event: 'T' is an invalid start of a value. Path: $.detail |", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsAnEventWhoseUnreadMemberHoldsInvalidUtf8()
    {
        var text = Encoding.UTF8.GetString(Fixtures.Read("access-denied-attach-policy"));
        var body = Encoding.UTF8.GetBytes(text);
        var at = Encoding.UTF8.GetByteCount(text[..text.IndexOf("TLS_AES_128_GCM_SHA256", StringComparison.Ordinal)]);
        body[at] = 0xFF;

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.ErrorSignal, result.Kind);
    }

    [Fact]
    public void ReadsTheLastValueOfARepeatedMember()
    {
        var body = """{"source":"aws.ec2","detail-type":"Scheduled Event","source":"aws.events","detail":{}}"""u8;

        var result = s_classifier.Classify(body);

        Assert.Equal(EventKind.Scheduled, result.Kind);
    }

    [Fact]
    public void MatchesMemberNamesWrittenWithEscapes()
    {
        var body = """{"\u0073ource":"aws.events","detail\u002dtype":"Scheduled\u0020Event"}"""u8;

        var result = s_classifier.Classify(body);

        Assert.Equal(EventKind.Scheduled, result.Kind);
    }

    [Fact]
    public void NamesTheMemberOfTheWrongTypeAndWhereItIsInTheReason()
    {
        var body = """{"source":"aws.organizations","detail-type":"AWS API Call via CloudTrail","detail":{"readOnly":"yes"}}"""u8;

        var result = s_classifier.Classify(body);

        Assert.Equal(
            "CloudTrail detail has an unexpected shape: The JSON value could not be converted to OrgBackupHealer.Core.Events.CloudTrailDetail. Path: $.detail.readOnly | LineNumber: 0 | BytePositionInLine: 100.",
            result.Reason);
    }

    private static byte[] Mutate(string fixture, Action<JsonNode> changeDetail)
    {
        var root = JsonNode.Parse(Fixtures.Read(fixture))!;
        changeDetail(root["detail"]!);
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
