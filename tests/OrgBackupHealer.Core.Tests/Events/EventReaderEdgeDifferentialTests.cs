using System.Text;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Tests.Events.Baseline;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>
/// More hand-written inputs where the one-pass reader must agree with the frozen baseline: surrogate escapes at the
/// edges of the ranges in property names, a nested value inside resources followed by a syntax error, and a mapped
/// request parameter of the wrong type.
/// </summary>
public sealed class EventReaderEdgeDifferentialTests
{
    private static readonly HealerRole s_role = HealerRole.TryParse(Fixtures.HealerRoleArn, out var role) ? role! : throw new InvalidOperationException();

    private readonly EventClassifier _classifier = new(Fixtures.ManagedPolicyName, s_role);
    private readonly BaselineEventClassifier _baseline = new(Fixtures.ManagedPolicyName, s_role);

    [Theory]
    [InlineData("{\"\\udfff\":1}")]
    [InlineData("{\"\\udc00\\udc00\":1}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"\\udfff\":1}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"\\udc00\\udc00\":1}}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"resources\":[[1],tru]}")]
    [InlineData("{\"source\":\"aws.organizations\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"requestParameters\":{\"name\":5}}}")]
    public void MatchesTheBaseline(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);

        var actual = ClassificationFacts.Of(_classifier.Classify(body, knownManagedPolicyId: null));

        Assert.Equal(ClassificationFacts.Of(_baseline.Classify(body, knownManagedPolicyId: null)), actual);
        Assert.Equal(EventKind.Invalid, actual.Kind);
    }
}
