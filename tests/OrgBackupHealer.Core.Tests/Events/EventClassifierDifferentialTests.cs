using System.Text;
using CsCheck;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Tests.Events.Baseline;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>
/// The shipped classifier against the frozen baseline (the deserializer-based classifier of commit a42232d): same kind,
/// reason, ids, triage, principal, error code, trigger, ignored reason and record contents for every input.
/// </summary>
public class EventClassifierDifferentialTests
{
    private static readonly HealerRole s_role = HealerRole.TryParse(Fixtures.HealerRoleArn, out var role) ? role! : throw new InvalidOperationException();

    private readonly EventClassifier _classifier = new(Fixtures.ManagedPolicyName, s_role);
    private readonly BaselineEventClassifier _baseline = new(Fixtures.ManagedPolicyName, s_role);

    public static TheoryData<string, string?, bool> FixtureCases()
    {
        var cases = new TheoryData<string, string?, bool>();
        foreach (var name in Fixtures.Names.Order(StringComparer.Ordinal))
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
    public void MatchesTheBaselineOnEveryFixture(string fixture, string? knownPolicyId, bool roleConfigured)
    {
        var body = Fixtures.Read(fixture);
        var role = roleConfigured ? s_role : null;
        var classifier = new EventClassifier(Fixtures.ManagedPolicyName, role);
        var baseline = new BaselineEventClassifier(Fixtures.ManagedPolicyName, role);

        var actual = ClassificationFacts.Of(classifier.Classify(body, knownPolicyId));

        Assert.Equal(ClassificationFacts.Of(baseline.Classify(body, knownPolicyId)), actual);
    }

    [Fact]
    public void MatchesTheBaselineOnTheTenThousandEventBadCorpus()
    {
        BadEventCorpus.All.Sample(body =>
        {
            var actual = ClassificationFacts.Of(_classifier.Classify(body, Fixtures.ManagedPolicyId));

            Assert.Equal(ClassificationFacts.Of(_baseline.Classify(body, Fixtures.ManagedPolicyId)), actual);
        }, iter: 10_000, print: Print);
    }

    [Fact]
    public void MatchesTheBaselineOnFixturesEditedWhereTheClassifierReads()
    {
        EventMutations.All.Sample(mutated =>
        {
            var actual = ClassificationFacts.Of(_classifier.Classify(mutated.Body, mutated.KnownPolicyId));

            Assert.Equal(ClassificationFacts.Of(_baseline.Classify(mutated.Body, mutated.KnownPolicyId)), actual);
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"source\":\"aws.organizations\"}")]
    [InlineData("{\"detail\":{\"eventName\":\"DetachPolicy\"},\"detail\":null,\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\"}")]
    [InlineData("{\"detail\":{\"userIdentity\":{\"arn\":\"a\"},\"userIdentity\":{\"type\":\"b\"}},\"source\":\"x\",\"detail-type\":\"y\"}")]
    [InlineData("{\"\\u0073ource\":\"aws.events\",\"detail\\u002dtype\":\"Scheduled\\u0020Event\"}")]
    [InlineData("\uFEFF{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\"}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\"} x")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\" /* c */}")]
    [InlineData("{\"source\":\"aws.ec2\",\"detail-type\":\"x\",\"detail\":{\"errorCode\":5}}")]
    [InlineData("{\"source\":\"aws.ec2\",\"detail-type\":\"x\",\"detail\":{\"errorCode\":5},\"tail\":[}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"readOnly\":1}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"resources\":[\"a\",null,3]}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"resources\":[\"a\",null],\"detail\":{\"eventSource\":\"organizations.amazonaws.com\",\"eventName\":\"X\"}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventName\":\"\\ud800\"}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"other\":\"\\ud800\"}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"userIdentity\":[]}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventSource\":\"organizations.amazonaws.com\",\"eventName\":\"DeletePolicy\",\"requestParameters\":{\"policyId\":\"p-1\"}}}")]
    [InlineData("{\"source\":null,\"detail-type\":\"x\",\"version\":1}")]
    [InlineData("{\"source\":\"a\",\"detail-type\":\"x\",\"version\":1}")]
    [InlineData("{\"source\":\"a\",\"detail-type\":1,\"version\":1}")]
    [InlineData("{\"source\":\"a\",\"detail-type\":\"x\",\"version\":1,\"detail-type\":null}")]
    [InlineData("{\"source\":\"a\",\"detail-type\":\"x\",\"version\":1,\"detail-type\":2}")]
    [InlineData("{\"Source\":\"aws.events\",\"detail-type\":\"Scheduled Event\"}")]
    [InlineData("{\"it's\":tru}")]
    [InlineData("{\"a.b\":[}")]
    [InlineData("{\"x y\":{\"z\":}}")]
    [InlineData("{\"caf\u00e9\":[1,}")]
    [InlineData("{\"\\u0041\\u0027\":nul}")]
    [InlineData("{\"tab\\t\":[[[}")]
    [InlineData("{\"q\\\"\":01}")]
    [InlineData("{\"\\ud83d\\ude00\":[}")]
    [InlineData("{\"\\ud800\":1}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"\\udc00\":1}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"userIdentity\":{\"\\ud800\\u0041\":1}}}")]
    [InlineData("{\n  \"source\": \"aws.organizations\",\n  \"detail-type\": \"AWS API Call via CloudTrail\",\n  \"detail\": {\n    \"eventName\": 7\n  }\n}")]
    [InlineData("\r\n{\r\n\"source\":5}")]
    [InlineData("\uFEFF{\"source\":5}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"resources\":[\"a\",\"b\",[1]]}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"detail\":{\"eventName\":\"\\ud800\"}}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"detail\":{\"eventName\":\"x\\/y\\u00e9\\ud83d\\ude00\"}}")]
    [InlineData("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"time\":\"\\ud800\"}")]
    [InlineData("{\"source\":\"\\ud800\",\"detail-type\":\"x\"}")]
    [InlineData("{\"source\":\"aws.ec2\",\"detail-type\":\"x\",\"detail\":{\"readOnly\":\"yes\"},\"detail-type\":null}")]
    [InlineData("{\"source\":\"aws.ec2\",\"detail-type\":\"x\",\"detail\":{\"readOnly\":\"yes\"},\"source\":[]}")]
    [InlineData("{\"source\":\"aws.ec2\",\"detail-type\":\"x\",\"detail\":{\"readOnly\":\"yes\",\"deep\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}")]
    [InlineData("null")]
    [InlineData("null x")]
    [InlineData(" null ")]
    [InlineData("{}")]
    [InlineData("{} {}")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    public void MatchesTheBaselineOnHandWrittenEdgeCases(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);

        var actual = ClassificationFacts.Of(_classifier.Classify(body, knownManagedPolicyId: null));

        Assert.Equal(ClassificationFacts.Of(_baseline.Classify(body, knownManagedPolicyId: null)), actual);
    }

    private static string Print(byte[] body) => body.Length > 4096 ? $"{body.Length} bytes" : Encoding.UTF8.GetString(body);
}
