using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Approvals;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Incidents;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Core.Tests.Approvals;
using OrgBackupHealer.Core.Tests.Events;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Pipeline;

/// <summary>
/// AWS's EffectivePolicyValidation record (events/effective-policy-*.json) through the pipeline: the account it names is
/// checked at once and reported as the scheduled check reports, the organization is never written, and a storm of them
/// costs a bounded number of checks.
/// </summary>
public sealed class CoverageSignalPipelineTests
{
    private const string DocumentedAccount = "111111111111";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 7, 17, 14, 54, 0, TimeSpan.Zero));
    private readonly SimulatedOrganization _organization = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
    private readonly RecordingHealerReport _report = new();
    private readonly RecordingIncidentSink _incidents = new();

    public CoverageSignalPipelineTests() => _organization.CreateAccount("documented-example", _organization.TargetIdOf("Production"), DocumentedAccount);

    [Fact]
    public async Task AnInvalidEffectivePolicyIsCheckedAtOnceReportedAndPublishedAsACoverageGap()
    {
        // Arrange
        _organization.MarkEffectivePolicyInvalid(DocumentedAccount, new EffectivePolicyValidationError("ELEMENTS_TOO_MANY", "'hourly_rule' exceeds the allowed maximum limit 10", "plans/hourly-backup/rules/hourly_rule", ["p-examplepolicyid111"]));
        var pipeline = Compose();

        // Act
        var outcome = await pipeline.HandleEventAsync(Fixtures.Read("effective-policy-invalid"), Invocation(), CancellationToken.None);

        // Assert
        var checkedAccount = Assert.Single(outcome.Coverage!.Report.Accounts);
        Assert.Equal(DocumentedAccount, checkedAccount.AccountId);
        Assert.True(checkedAccount.EffectivePolicyInvalid);
        Assert.Same(outcome.Coverage, Assert.Single(_report.Of<CoverageOutcome>()));
        var gap = Assert.Single(_incidents.Published);
        Assert.Equal(IncidentKind.CoverageGap, gap.Kind);
        Assert.Equal([DocumentedAccount], gap.Targets);
        Assert.Null(outcome.IgnoredReason);
        Assert.Null(outcome.Result);
        Assert.Empty(_organization.Writes);
    }

    [Fact]
    public async Task AFixedEffectivePolicyIsCheckedAndFoundInEffectWithNoIncident()
    {
        // Arrange
        var pipeline = Compose();

        // Act
        var outcome = await pipeline.HandleEventAsync(Fixtures.Read("effective-policy-valid"), Invocation(), CancellationToken.None);

        // Assert
        Assert.True(Assert.Single(outcome.Coverage!.Report.Accounts).InEffect);
        Assert.Empty(_incidents.Published);
        Assert.Equal(0, _organization.CallsOf(OrganizationsOperations.ListAccountsForParent));
    }

    [Fact]
    public async Task AStormOfValidationEventsIsCheckedUpToTheLimitThenCoalescedUntilTheWindowPasses()
    {
        // Arrange
        var pipeline = Compose();
        var body = Fixtures.Read("effective-policy-invalid");
        for (var i = 0; i < AccountCheckLimit.MaxChecks; i++)
        {
            Assert.NotNull((await pipeline.HandleEventAsync(body, Invocation($"req-{i}"), CancellationToken.None)).Coverage);
        }

        // Act
        var coalesced = await pipeline.HandleEventAsync(body, Invocation("req-over"), CancellationToken.None);
        _time.Advance(AccountCheckLimit.Window);
        var later = await pipeline.HandleEventAsync(body, Invocation("req-later"), CancellationToken.None);

        // Assert
        Assert.Equal(IgnoreReason.Coalesced, coalesced.IgnoredReason);
        Assert.Equal($"more than 20 account checks in 10 minutes: account {DocumentedAccount} is left to the scheduled check", coalesced.IgnoredWhy);
        Assert.NotNull(later.Coverage);
        Assert.Equal(AccountCheckLimit.MaxChecks + 1, _report.Of<CoverageOutcome>().Count());
    }

    [Fact]
    public async Task WithCoverageChecksOffTheEventIsIgnoredWithoutACall()
    {
        // Arrange
        var pipeline = Compose(coverageShare: 0);

        // Act
        var outcome = await pipeline.HandleEventAsync(Fixtures.Read("effective-policy-invalid"), Invocation(), CancellationToken.None);

        // Assert
        Assert.Equal(IgnoreReason.Unrelated, outcome.IgnoredReason);
        Assert.Equal($"coverage checks are off (coverage share 0): account {DocumentedAccount} is not checked", outcome.IgnoredWhy);
        Assert.Equal(0, _organization.TotalCalls);
    }

    [Fact]
    public async Task ACheckThatFailsFailsTheInvocationSoLambdaRetriesTheEvent()
    {
        // Arrange
        var pipeline = Compose();
        _organization.RemoveAccount(DocumentedAccount);

        // Act + Assert
        var failure = await Assert.ThrowsAsync<OrganizationsException>(
            () => pipeline.HandleEventAsync(Fixtures.Read("effective-policy-invalid"), Invocation(), CancellationToken.None));
        Assert.Equal(OrganizationsErrorCodes.ChildNotFound, failure.ErrorCode);
    }

    private HealerPipeline Compose(double coverageShare = 0.5)
    {
        var desired = DesiredState.For(HealerDefaults.PolicyName, PolicyDocument.Parse(SamplePolicies.Shipped), [DesiredState.RootTarget], HealerMode.Enforce);
        var settings = new PipelineSettings(PolicySet.SinglePolicy(desired), null, new SafetyOptions(), coverageShare);
        return HealerPipeline.Compose(
            settings, _organization, new FailingWritesStateStore(), new InMemoryCoverageProgressStore(), new RecordingMetrics(),
            new RecordingSnapshotSink(() => 0), _report, _time, new Random(7), new IncidentPorts(new InMemoryProposalStore(), _incidents, _incidents));
    }

    private InvocationContext Invocation(string requestId = "req-1") => new(requestId, _time.GetUtcNow().AddMinutes(5));
}
