using System.Text;
using CsCheck;
using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>
/// The classifier judged by what it decides, against <see cref="ReferenceClassifier"/>: the same kind, trigger,
/// ignored reason, event id, event name, error code, principal, source account and triage for every fixture event,
/// the generated bad-event corpus, generated edits of the fixtures where the classifier reads, and hand-written edge
/// cases. The reason sentence is not compared: it is for people and may be reworded.
/// Why a reference classifier rather than property tests with expected facts: the rules are a short decision list
/// over a dozen members, which reads plainly when written over a JsonDocument (parse everything, look members up by
/// name, then decide), so the reference can be checked by eye against the README; properties would each restate part
/// of the same list and leave the combinations (a repeated member, a name written with escapes, a detail before its
/// source, a wrong type in a member nobody reads) to whoever thought of them. The one-pass reader is fast for reasons
/// (no document, members matched while reading, a detail read before the envelope says whether it counts) that the
/// reference does not share, so the two fail in different ways.
/// </summary>
public class EventClassifierDifferentialTests
{
    private static readonly HealerRole s_role = HealerRole.TryParse(Fixtures.HealerRoleArn, out var role) ? role! : throw new InvalidOperationException();

    private readonly EventClassifier _classifier = new(Fixtures.ManagedPolicyName, s_role);
    private readonly ReferenceClassifier _reference = new(Fixtures.ManagedPolicyName, s_role);

    public static TheoryData<string, string?, bool> FixtureCases()
    {
        var cases = new TheoryData<string, string?, bool>();
        foreach (var name in Fixtures.Events().Keys.Order(StringComparer.Ordinal))
        {
            foreach (var knownId in new[] { Fixtures.ManagedPolicyId, null, "p-other999" })
            {
                cases.Add(name, knownId, true);
                cases.Add(name, knownId, false);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(FixtureCases))]
    public void DecidesAsTheReferenceOnEveryFixtureEvent(string fixture, string? knownPolicyId, bool roleConfigured)
    {
        var body = Fixtures.Events()[fixture];
        var role = roleConfigured ? s_role : null;

        var actual = new EventClassifier(Fixtures.ManagedPolicyName, role).Classify(body, knownPolicyId);

        Assert.Equal(new ReferenceClassifier(Fixtures.ManagedPolicyName, role).Classify(body, knownPolicyId), ClassificationFacts.Of(actual));
        Assert.NotEqual(EventKind.Invalid, actual.Kind);
    }

    [Fact]
    public void DecidesAsTheReferenceOnTheTenThousandEventBadCorpus()
    {
        BadEventCorpus.All.Sample(body => AssertDecidesAsTheReference(body, Fixtures.ManagedPolicyId), iter: 10_000, print: Print);
    }

    [Fact]
    public void DecidesAsTheReferenceOnFixturesEditedWhereTheClassifierReads()
    {
        EventMutations.All.Sample(mutated => AssertDecidesAsTheReference(mutated.Body, mutated.KnownPolicyId), iter: 20_000);
    }

    /// <summary>Guards the test above: edits that only ever made events invalid would compare nothing worth comparing.</summary>
    [Fact]
    public void TheEditedFixturesReachEveryKind()
    {
        var kinds = new HashSet<EventKind>();

        EventMutations.All.Sample(mutated => { kinds.Add(_classifier.Classify(mutated.Body, mutated.KnownPolicyId).Kind); }, iter: 5_000, threads: 1);

        Assert.Equal(Enum.GetValues<EventKind>().Order(), kinds.Order());
    }

    [Theory]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"source\":\"aws.organizations\"}")]
    [InlineData("{\"detail\":{\"eventName\":\"DetachPolicy\"},\"detail\":null,\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\"}")]
    [InlineData("{\"detail\":{\"eventSource\":\"organizations.amazonaws.com\",\"eventName\":\"DeletePolicy\",\"requestParameters\":{\"policyId\":\"p-1\"}},\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\"}")]
    [InlineData("{\"source\":\"aws.ec2\",\"detail-type\":\"x\",\"detail\":{\"eventName\":5},\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\"}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":\"x\",\"detail\":{\"eventSource\":\"organizations.amazonaws.com\",\"eventName\":\"X\"}}")]
    [InlineData("{\"source\":5,\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\"}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"id\":[],\"id\":\"1\"}")]
    [InlineData("{\"detail\":{\"userIdentity\":{\"arn\":\"a\"},\"userIdentity\":{\"type\":\"b\"}},\"source\":\"x\",\"detail-type\":\"y\"}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventSource\":\"organizations.amazonaws.com\",\"eventName\":\"X\",\"userIdentity\":{\"arn\":5},\"userIdentity\":{\"arn\":\"a\"}}}")]
    [InlineData("{\"\\u0073ource\":\"aws.events\",\"detail\\u002dtype\":\"Scheduled\\u0020Event\"}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventSource\":\"organizations.amazonaws.com\",\"\\u0065ventName\":\"DeletePolicy\",\"requestParameters\":{\"policyId\":\"p-abcd1234\"}}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventSource\":\"organizations.amazonaws.com\",\"eventName\":\"X\",\"\\ud800\":1,\"\\udc00\\udc00\":{},\"\\udfff\":[}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventSource\":\"organizations.amazonaws.com\",\"eventName\":\"X\",\"\\ud800\":1,\"\\udc00\\udc00\":{},\"\\udfff\":[]}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventSource\":\"organizations.amazonaws.com\",\"eventName\":\"AttachPolicy\",\"errorCode\":\"AccessDenied\",\"readOnly\":\"yes\",\"eventVersion\":1,\"awsRegion\":{},\"requestID\":[],\"managementEvent\":\"x\",\"eventCategory\":5,\"eventType\":null,\"sourceIPAddress\":true,\"userAgent\":[1]}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"version\":1,\"region\":{},\"resources\":\"r\",\"detail\":{\"eventSource\":\"organizations.amazonaws.com\",\"eventName\":\"X\"}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventSource\":\"organizations.amazonaws.com\",\"eventName\":\"X\",\"userIdentity\":{\"arn\":\"\\ud800\"}}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"account\":\"\",\"detail\":{\"eventSource\":\"organizations.amazonaws.com\",\"eventName\":\"X\",\"recipientAccountId\":\"222222222222\",\"userIdentity\":{\"invokedBy\":\"backup.amazonaws.com\"}}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventSource\":\"organizations.amazonaws.com\",\"eventName\":\"\"}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventSource\":\"organizations.amazonaws.com\",\"eventName\":\"DetachPolicy\",\"responseElements\":{\"policy\":{\"policySummary\":[]}}}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"requestParameters\":{\"name\":5}}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"userIdentity\":[]}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventName\":\"\\ud800\"}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"other\":\"\\ud800\"}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"resources\":[[1],tru]}")]
    [InlineData("{\"source\":\"aws.ec2\",\"detail-type\":\"x\",\"detail\":{\"errorCode\":5}}")]
    [InlineData("{\"source\":\"aws.ec2\",\"detail-type\":\"x\",\"detail\":{\"errorCode\":5},\"tail\":[}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"detail\":{\"eventName\":\"\\ud800\"}}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"time\":\"\\ud800\"}")]
    [InlineData("{\"source\":\"\\ud800\",\"detail-type\":\"x\"}")]
    [InlineData("{\"source\":\"\",\"detail-type\":\"x\"}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"\"}")]
    [InlineData("{\"source\":null,\"detail-type\":\"x\",\"version\":1}")]
    [InlineData("{\"source\":\"a\",\"detail-type\":\"x\",\"version\":1,\"detail-type\":null}")]
    [InlineData("{\"source\":\"a\",\"detail-type\":1}")]
    [InlineData("{\"Source\":\"aws.events\",\"detail-type\":\"Scheduled Event\"}")]
    [InlineData("{\"foo\":1}")]
    [InlineData("{\"eventSource\":\"organizations.amazonaws.com\",\"eventName\":\"DetachPolicy\",\"requestParameters\":{\"policyId\":\"p-abcd1234\"}}")]
    [InlineData("\uFEFF{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\"}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\"} x")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\" /* c */}")]
    [InlineData("{\"source\":\"aws.ec2\",\"detail-type\":\"x\",\"detail\":{\"deep\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}")]
    [InlineData("{\"\\ud800\":1}")]
    [InlineData("{\"it's\":tru}")]
    [InlineData("null")]
    [InlineData(" null ")]
    [InlineData("{}")]
    [InlineData("{} {}")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    public void DecidesAsTheReferenceOnHandWrittenEdgeCases(string json)
    {
        AssertDecidesAsTheReference(Encoding.UTF8.GetBytes(json), knownPolicyId: null);
    }

    private void AssertDecidesAsTheReference(byte[] body, string? knownPolicyId)
    {
        var actual = _classifier.Classify(body, knownPolicyId);

        Assert.Equal(_reference.Classify(body, knownPolicyId), ClassificationFacts.Of(actual));
        Assert.False(string.IsNullOrWhiteSpace(actual.Reason));
    }

    private static string Print(byte[] body) => body.Length > 4096 ? $"{body.Length} bytes" : Encoding.UTF8.GetString(body);
}
