using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Tests.Events;

public class EventClassifierFixtureTests
{
    private static readonly EventClassifier s_classifier = new(
        Fixtures.ManagedPolicyName, HealerRole.TryParse(Fixtures.HealerRoleArn, out var role) ? role : null);

    [Theory]
    [InlineData("access-denied-attach-policy", EventKind.ErrorSignal, TriageCategory.IamIdentityPolicy)]
    [InlineData("access-denied-exception", EventKind.ErrorSignal, TriageCategory.ServiceControlPolicy)]
    [InlineData("too-many-requests-list-policies", EventKind.ErrorSignal, TriageCategory.Throttling)]
    [InlineData("throttling-exception", EventKind.ErrorSignal, TriageCategory.Throttling)]
    [InlineData("detach-managed-policy", EventKind.DriftSignal, null)]
    [InlineData("update-managed-policy", EventKind.DriftSignal, null)]
    [InlineData("disable-policy-type", EventKind.DriftSignal, null)]
    [InlineData("self-generated-error", EventKind.SelfGenerated, null)]
    [InlineData("unrelated-scp-change", EventKind.Unrelated, null)]
    [InlineData("scheduled", EventKind.Scheduled, null)]
    [InlineData("member-access-denied-iam-user", EventKind.ErrorSignal, TriageCategory.Unknown)]
    [InlineData("member-access-denied-assumed-role", EventKind.ErrorSignal, TriageCategory.ServiceControlPolicy)]
    [InlineData("member-access-denied-root-user", EventKind.ErrorSignal, TriageCategory.Unknown)]
    [InlineData("member-access-denied-aws-service", EventKind.ErrorSignal, TriageCategory.Unknown)]
    [InlineData("member-too-many-requests-describe-organization", EventKind.ErrorSignal, TriageCategory.Throttling)]
    [InlineData("member-describe-organization", EventKind.Unrelated, null)]
    [InlineData("delegated-admin-detach-policy", EventKind.DriftSignal, null)]
    [InlineData("effective-policy-invalid", EventKind.CoverageSignal, null)]
    [InlineData("effective-policy-valid", EventKind.CoverageSignal, null)]
    public void ClassifiesEachFixtureAsExpected(string fixture, EventKind kind, TriageCategory? triage)
    {
        var body = Fixtures.Read(fixture);

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(kind, result.Kind);
        Assert.Equal(triage, result.Triage);
    }

    [Fact]
    public void EveryFixtureFileHasAnExpectation()
    {
        var expected = typeof(EventClassifierFixtureTests).GetMethod(nameof(ClassifiesEachFixtureAsExpected))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[0]).Order();

        Assert.Equal(expected, Fixtures.Names.Order());
    }

    [Fact]
    public void ReadsEnvelopeAndCloudTrailFieldsFromFixture()
    {
        var body = Fixtures.Read("access-denied-attach-policy");

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal("b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e", result.EventId);
        Assert.Equal("AttachPolicy", result.EventName);
        Assert.Equal("AccessDenied", result.ErrorCode);
        Assert.Equal("arn:aws:sts::111111111111:assumed-role/PlatformAdmin/bob", result.Principal);
        Assert.Equal("111111111111", result.Event!.Account);
        Assert.Equal("2025-11-27T14:03:52Z", result.Event.Time);
        Assert.Equal("2025-11-27T14:03:52Z", result.Detail!.EventTime);
        Assert.Equal("arn:aws:iam::111111111111:role/PlatformAdmin", result.Detail.UserIdentity!.SessionContext!.SessionIssuer!.Arn);
    }

    /// <summary>The reader shares these instead of decoding them: the same instances show it read the same words.</summary>
    [Fact]
    public void SharesTheSourceDetailTypeAndEventSourceThatNearlyEveryEventHolds()
    {
        var body = Fixtures.Read("detach-managed-policy");

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Same(EventClassifier.OrganizationsSource, result.Event!.Source);
        Assert.Same(EventClassifier.CloudTrailDetailType, result.Event.DetailType);
        Assert.Same(EventClassifier.OrganizationsEventSource, result.Detail!.EventSource);
    }

    [Theory]
    [InlineData("detach-managed-policy")]
    [InlineData("update-managed-policy")]
    [InlineData("disable-policy-type")]
    [InlineData("scheduled")]
    [InlineData("access-denied-attach-policy")]
    public void ReconcilesOnFixturesThatSignalDriftOrErrors(string fixture)
    {
        var result = s_classifier.Classify(Fixtures.Read(fixture), Fixtures.ManagedPolicyId);

        Assert.True(result.RunsReconcile);
        Assert.Null(result.IgnoredReason);
    }

    [Theory]
    [InlineData("self-generated-error", "self")]
    [InlineData("unrelated-scp-change", "unrelated")]
    public void IgnoresSelfAndUnrelatedFixturesWithMetricReason(string fixture, string reason)
    {
        var result = s_classifier.Classify(Fixtures.Read(fixture), Fixtures.ManagedPolicyId);

        Assert.False(result.RunsReconcile);
        Assert.Equal(reason, result.IgnoredReason?.MetricValue());
    }
}
