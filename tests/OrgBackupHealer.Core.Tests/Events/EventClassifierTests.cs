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
        Assert.Equal("CloudTrail detail has an unexpected shape: 'detail.requestParameters.policyId' is not valid text", result.Reason);
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
    public void TreatsAnUpdateWhoseResponseNamesTheManagedPolicyAsDriftWhateverItsId()
    {
        var body = Mutate("update-managed-policy", d =>
        {
            d["requestParameters"]!["policyId"] = "p-other999";
            d["responseElements"]!["policy"]!["policySummary"]!.AsObject().Remove("type");
        });

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.DriftSignal, result.Kind);
        Assert.Equal("UpdatePolicy changed the managed policy org-backup-baseline", result.Reason);
    }

    [Fact]
    public void TreatsAnUpdateThatRenamesAPolicyToTheManagedNameAsDriftWhateverItsId()
    {
        var body = Mutate("update-managed-policy", d =>
        {
            d["requestParameters"]!["policyId"] = "p-other999";
            d["requestParameters"]!["name"] = Fixtures.ManagedPolicyName;
            d.AsObject().Remove("responseElements");
        });

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.DriftSignal, result.Kind);
        Assert.Equal("UpdatePolicy changed the managed policy org-backup-baseline", result.Reason);
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
        var body = """{"version":"0","id":"1","detail-type":"EC2 Instance State-change Notification","source":"aws.ec2","detail":{}}"""u8.ToArray();

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
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventName\":5}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventSource\":\"organizations.amazonaws.com\"}}")]
    [InlineData("{\"source\":42}")]
    [InlineData("{\"source\":\"aws.events\"")]
    public void RejectsMalformedEventsAsInvalid(string json)
    {
        var result = s_classifier.Classify(Encoding.UTF8.GetBytes(json));

        Assert.Equal(EventKind.Invalid, result.Kind);
        Assert.Equal(IgnoreReason.Invalid, result.IgnoredReason);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Theory]
    [InlineData("{\"foo\":1}")]
    [InlineData("{}")]
    [InlineData("{\"resources\":\"not-a-list\"}")]
    [InlineData("{\"source\":\"aws.events\"}")]
    [InlineData("{\"detail-type\":\"Scheduled Event\"}")]
    [InlineData("{\"source\":\"\",\"detail-type\":\"Scheduled Event\"}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"\"}")]
    [InlineData("{\"source\":null,\"detail-type\":\"Scheduled Event\"}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":null}")]
    public void ClassifiesAnObjectThatDoesNotSayWhereItComesFromAsInvalid(string json)
    {
        var result = s_classifier.Classify(Encoding.UTF8.GetBytes(json));

        Assert.Equal(EventKind.Invalid, result.Kind);
        Assert.Equal("not an EventBridge event: it has no 'source' or no 'detail-type'", result.Reason);
    }

    [Theory]
    [InlineData("access-denied-attach-policy")]
    [InlineData("detach-managed-policy")]
    [InlineData("self-generated-error")]
    [InlineData("member-access-denied-aws-service")]
    public void ClassifiesABareCloudTrailRecordWithoutItsEnvelopeAsInvalid(string fixture)
    {
        var record = JsonNode.Parse(Fixtures.Read(fixture))!["detail"]!.ToJsonString();

        var result = s_classifier.Classify(Encoding.UTF8.GetBytes(record), Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.Invalid, result.Kind);
        Assert.Equal(IgnoreReason.Invalid, result.IgnoredReason);
        Assert.Null(result.Trigger);
    }

    [Fact]
    public void IgnoresAWellFormedEnvelopeFromAnotherSourceWhateverItsUnreadMembersHold()
    {
        var body = """{"version":1,"id":"e1","detail-type":"Object Created","source":"aws.s3","region":[],"resources":"x","detail":{"eventName":5}}"""u8.ToArray();

        var result = s_classifier.Classify(body);

        Assert.Equal(EventKind.Unrelated, result.Kind);
        Assert.Equal("e1", result.EventId);
    }

    [Fact]
    public void KeepsNoRecordOfADetailWithAReadMemberOfTheWrongType()
    {
        var body = """{"source":"aws.ec2","detail-type":"x","detail":{"eventSource":"ec2.amazonaws.com","eventName":5}}"""u8.ToArray();

        var result = s_classifier.Classify(body);

        Assert.Equal(EventKind.Unrelated, result.Kind);
        Assert.Null(result.Event!.Detail);
    }

    [Fact]
    public void KeepsTheRecordOfAnotherSourcesDetailWhenItReads()
    {
        var body = """{"source":"aws.ec2","detail-type":"x","detail":{"eventSource":"ec2.amazonaws.com","eventName":"RunInstances"}}"""u8.ToArray();

        var result = s_classifier.Classify(body);

        Assert.Equal(EventKind.Unrelated, result.Kind);
        Assert.Equal("RunInstances", result.Event!.Detail!.EventName);
    }

    [Fact]
    public void SkipsTheCloudTrailMembersNoDecisionReadsWhateverTheirType()
    {
        var body = Mutate("access-denied-attach-policy", d =>
        {
            d["eventVersion"] = 1;
            d["awsRegion"] = new JsonObject();
            d["sourceIPAddress"] = new JsonArray();
            d["userAgent"] = 5;
            d["requestID"] = true;
            d["readOnly"] = "yes";
            d["eventType"] = 1;
            d["managementEvent"] = "no";
            d["eventCategory"] = new JsonArray(1, 2);
            d["userIdentity"]!["type"] = 7;
            d["userIdentity"]!["accountId"] = new JsonArray();
            d["userIdentity"]!["sessionContext"]!["sessionIssuer"]!["userName"] = 8;
        });

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.ErrorSignal, result.Kind);
        Assert.Equal(TriageCategory.IamIdentityPolicy, result.Triage);
    }

    public static TheoryData<string, string> ReadMembers() => new()
    {
        { "id", "a string" },
        { "account", "a string" },
        { "time", "a string" },
        { "detail.eventSource", "a string" },
        { "detail.eventName", "a string" },
        { "detail.eventID", "a string" },
        { "detail.eventTime", "a string" },
        { "detail.errorCode", "a string" },
        { "detail.errorMessage", "a string" },
        { "detail.recipientAccountId", "a string" },
        { "detail", "an object" },
        { "detail.userIdentity", "an object" },
        { "detail.userIdentity.arn", "a string" },
        { "detail.userIdentity.principalId", "a string" },
        { "detail.userIdentity.invokedBy", "a string" },
        { "detail.userIdentity.sessionContext", "an object" },
        { "detail.userIdentity.sessionContext.sessionIssuer", "an object" },
        { "detail.userIdentity.sessionContext.sessionIssuer.arn", "a string" },
        { "detail.requestParameters", "an object" },
        { "detail.requestParameters.policyId", "a string" },
        { "detail.requestParameters.policyType", "a string" },
        { "detail.requestParameters.name", "a string" },
        { "detail.responseElements", "an object" },
        { "detail.responseElements.policy", "an object" },
        { "detail.responseElements.policy.policySummary", "an object" },
        { "detail.responseElements.policy.policySummary.name", "a string" },
        { "detail.responseElements.policy.policySummary.type", "a string" },
    };

    [Theory]
    [MemberData(nameof(ReadMembers))]
    public void RejectsAReadMemberOfTheWrongTypeAndNamesItInTheReason(string path, string expected)
    {
        var root = new JsonObject { ["source"] = EventClassifier.OrganizationsSource, ["detail-type"] = EventClassifier.CloudTrailDetailType };
        var names = path.Split('.');
        var parent = root;
        foreach (var name in names[..^1])
        {
            parent = (JsonObject)(parent[name] ??= new JsonObject());
        }

        parent[names[^1]] = 7;

        var result = s_classifier.Classify(Encoding.UTF8.GetBytes(root.ToJsonString()));

        var context = path.StartsWith("detail", StringComparison.Ordinal) ? "CloudTrail detail has an unexpected shape" : "not an EventBridge event";
        Assert.Equal(EventKind.Invalid, result.Kind);
        Assert.Equal($"{context}: '{path}' is a number, not {expected}", result.Reason);
    }

    [Theory]
    [InlineData("null", "the body is null, not an object")]
    [InlineData("[1]", "the body is an array, not an object")]
    [InlineData("\"x\"", "the body is a string, not an object")]
    [InlineData("true", "the body is a boolean, not an object")]
    [InlineData("{\"source\":{},\"detail-type\":\"x\"}", "'source' is an object, not a string")]
    [InlineData("{\"source\":\"a\",\"detail-type\":[]}", "'detail-type' is an array, not a string")]
    [InlineData("{\"source\":\"a\",\"detail-type\":false}", "'detail-type' is a boolean, not a string")]
    [InlineData("{\"source\":\"\\ud800\",\"detail-type\":\"x\"}", "'source' is not valid text")]
    [InlineData("{\"source\":\"a\",\n\"detail-type\":x}", "the body does not parse as JSON (line 2, byte 15)")]
    public void SaysWhyABodyIsNotAnEventBridgeEvent(string json, string why)
    {
        var result = s_classifier.Classify(Encoding.UTF8.GetBytes(json));

        Assert.Equal(EventKind.Invalid, result.Kind);
        Assert.Equal($"not an EventBridge event: {why}", result.Reason);
    }

    [Fact]
    public void ReadsAnEventOfExactlyTheSizeEventBridgeAllows()
    {
        var body = new byte[EventClassifier.MaxEventBytes];
        body.AsSpan().Fill((byte)' ');
        Fixtures.Read("scheduled").CopyTo(body, 0);

        var result = s_classifier.Classify(body);

        Assert.Equal(EventKind.Scheduled, result.Kind);
    }

    [Theory]
    [InlineData("{\"source\":\"a\",\"detail-type\":\"x\",\"id\":5,\"time\":6}", "'id' is a number, not a string")]
    [InlineData("{\"source\":\"a\",\"detail-type\":\"x\",\"id\":\"\\ud800\",\"time\":6}", "'id' is not valid text")]
    [InlineData("{\"source\":\"a\",\"detail-type\":\"x\",\"time\":[],\"id\":\"\\ud800\"}", "'time' is an array, not a string")]
    public void NamesTheFirstMemberOfTheWrongType(string json, string problem)
    {
        var result = s_classifier.Classify(Encoding.UTF8.GetBytes(json));

        Assert.Equal($"not an EventBridge event: {problem}", result.Reason);
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
        Assert.StartsWith("not an EventBridge event: the body does not parse as JSON", result.Reason, StringComparison.Ordinal);
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
        var body = """{"source":"aws.ec2","detail-type":"Scheduled Event","source":"aws.events","detail":{}}"""u8.ToArray();

        var result = s_classifier.Classify(body);

        Assert.Equal(EventKind.Scheduled, result.Kind);
    }

    [Fact]
    public void MatchesMemberNamesWrittenWithEscapes()
    {
        var body = """{"\u0073ource":"aws.events","detail\u002dtype":"Scheduled\u0020Event"}"""u8.ToArray();

        var result = s_classifier.Classify(body);

        Assert.Equal(EventKind.Scheduled, result.Kind);
    }

    [Fact]
    public void ClassifiesACloudTrailEventWithoutAnObjectDetailAsInvalidAndKeepsItsEnvelope()
    {
        var body = """{"id":"e1","account":"222222222222","source":"aws.organizations","detail-type":"AWS API Call via CloudTrail","detail":null}"""u8.ToArray();

        var result = s_classifier.Classify(body);

        Assert.Equal(EventKind.Invalid, result.Kind);
        Assert.Equal("CloudTrail event without an object 'detail'", result.Reason);
        Assert.Equal("e1", result.EventId);
        Assert.Equal("222222222222", result.SourceAccount);
    }

    private static byte[] Mutate(string fixture, Action<JsonNode> changeDetail)
    {
        var root = JsonNode.Parse(Fixtures.Read(fixture))!;
        changeDetail(root["detail"]!);
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
