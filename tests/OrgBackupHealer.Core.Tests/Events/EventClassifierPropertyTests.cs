using CsCheck;
using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Tests.Events;

public class EventClassifierPropertyTests
{
    private static readonly EventClassifier s_classifier = new(
        Fixtures.ManagedPolicyName, HealerRole.TryParse(Fixtures.HealerRoleArn, out var role) ? role : null);

    [Fact]
    public void NeverThrowsAndAlwaysGivesAReasonForGeneratedBadInput()
    {
        BadEventCorpus.All.Sample(body =>
        {
            var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

            Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        }, iter: 3000);
    }

    [Fact]
    public void ClassifiesEveryTruncatedFixtureAsInvalid()
    {
        BadEventCorpus.Truncated.Sample(body =>
            s_classifier.Classify(body, Fixtures.ManagedPolicyId).Kind == EventKind.Invalid, iter: 1000);
    }

    [Fact]
    public void ClassifiesEveryOversizedBodyAsInvalid()
    {
        BadEventCorpus.Oversized.Sample(body =>
            s_classifier.Classify(body, Fixtures.ManagedPolicyId).Kind == EventKind.Invalid, iter: 20);
    }

    [Fact]
    public void GivesTheIgnoredReasonExactlyWhenTheEventNeitherReconcilesNorChecksAnAccount()
    {
        BadEventCorpus.All.Sample(body =>
        {
            var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

            return (result.RunsReconcile || result.CoverageAccount is not null) == (result.IgnoredReason is null);
        }, iter: 1000);
    }
}
