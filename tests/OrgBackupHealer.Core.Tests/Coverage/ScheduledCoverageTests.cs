using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Coverage;

/// <summary>
/// The scheduled coverage check: off at a share of 0, bounded by the share of the time the invocation has left, and
/// continued by the next check where the budget cut it short, so that every account is judged within one cycle.
/// </summary>
public sealed class ScheduledCoverageTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 27, 16, 0, 0, TimeSpan.Zero));
    private readonly SimulatedOrganization _organization = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
    private readonly RecordingHealerReport _report = new();
    private readonly InMemoryCoverageProgressStore _progress = new();

    [Fact]
    public async Task AShareOfZeroTurnsTheCheckOff()
    {
        // Act
        await Coverage(0).RunAsync(PolicySet.Of(Desired()), _time.GetUtcNow().AddMinutes(5), CancellationToken.None);

        // Assert
        Assert.Equal(0, _organization.TotalCalls);
        Assert.Empty(_report.Entries);
    }

    [Fact]
    public async Task AnOrganizationWithTheBaselineEverywhereReportsACompleteCheckAndItsZeros()
    {
        // Act
        await Coverage(0.5).RunAsync(PolicySet.Of(Desired()), _time.GetUtcNow().AddMinutes(5), CancellationToken.None);

        // Assert
        var outcome = Assert.Single(_report.Of<CoverageOutcome>());
        Assert.True(outcome.Report.AllCovered);
        Assert.Equal(5, outcome.Report.Accounts.Count);
        Assert.Equal((0, 0, (string?)null), (outcome.BaselineOverridden, outcome.EffectivePolicyInvalid, outcome.Incomplete));
    }

    [Fact]
    public async Task NoTimeLeftSaysNothingAboutAccountsItDidNotJudgeAndIsAStalledCheck()
    {
        // Act: the deadline has passed already.
        await Coverage(0.5).RunAsync(PolicySet.Of(Desired()), _time.GetUtcNow().AddSeconds(-1), CancellationToken.None);

        // Assert
        var outcome = Assert.Single(_report.Of<CoverageOutcome>());
        Assert.False(outcome.Report.Complete);
        Assert.Null(outcome.BaselineOverridden);
        Assert.Null(outcome.EffectivePolicyInvalid);
        Assert.Equal(CoverageIncomplete.NoProgress, outcome.Incomplete);
        Assert.True(CoverageIncomplete.Stalled(outcome.Incomplete!));
    }

    [Fact]
    public async Task WithoutADeadlineTheCheckRunsOnAMinute()
    {
        // Act
        await Coverage(0.5).RunAsync(PolicySet.Of(Desired()), deadline: null, CancellationToken.None);

        // Assert
        Assert.True(Assert.Single(_report.Of<CoverageOutcome>()).Report.Complete);
    }

    [Fact]
    public async Task AFailedCheckIsReportedAsFailedAndKeepsThePlaceToResumeFrom()
    {
        // Arrange: a check that stopped at an OU, then Organizations refuses the next one.
        var resume = new CoverageProgress([new CoverageStep(_organization.TargetIdOf("Workloads"), "Workloads")], 2, 0, 1);
        await _progress.WriteAsync(resume, CancellationToken.None);
        _organization.InjectFault(OrganizationsOperations.ListPolicies, OrganizationsErrorCodes.AccessDenied);

        // Act
        var incidents = await Coverage(0.5).RunAsync(PolicySet.Of(Desired()), _time.GetUtcNow().AddMinutes(5), CancellationToken.None);

        // Assert
        Assert.Empty(_report.Of<CoverageOutcome>());
        var diagnosis = Assert.Single(_report.Of<Core.Reconciliation.Diagnosis>());
        Assert.StartsWith("The coverage check ", diagnosis.Message, StringComparison.Ordinal);
        Assert.Equal($"The coverage check failed: {diagnosis.Message}", Assert.Single(incidents).Summary);
        Assert.Equal(resume, await _progress.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ChecksCutShortByTheirBudgetTogetherJudgeEveryAccountOnceAndThenStartAgain()
    {
        // Arrange: 5,000 accounts under 300 OUs; each tree listing takes a second, and a check may use 60 s.
        var org = CoverageOrganizations.Large();
        var slow = new ClockAdvancingPort(org, _time, TimeSpan.FromSeconds(1));
        var coverage = new ScheduledCoverage(slow, _progress, 0.5, _report, _time);
        var set = CoverageOrganizations.Set(SamplePolicies.Shipped);
        var judged = new List<string>();
        var checks = 0;

        // Act: scheduled checks until one finishes the cycle.
        while (checks < 50)
        {
            checks++;
            await coverage.RunAsync(set, _time.GetUtcNow().AddMinutes(2), CancellationToken.None);
            var outcome = _report.Of<CoverageOutcome>().Last();
            judged.AddRange(outcome.Report.Accounts.Select(a => a.AccountId));
            if (outcome.Report.Walk.Finished)
            {
                break;
            }

            Assert.Equal(CoverageIncomplete.Budget, outcome.Incomplete);
        }

        // Assert: every account, each once (a parent cut short is judged again whole, so allow those repeats only).
        // 301 parents, about 60 OU listings a check (each a simulated second of a 60 s budget): six checks, as
        // docs/safety.md ("Coverage never goes green blind") says.
        Assert.Equal(6, checks);
        Assert.Equal(5_000, judged.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(await _progress.ReadAsync(CancellationToken.None) is { Resume: var next } ? next : []);
        Assert.Equal(0, _report.Of<CoverageOutcome>().Last().BaselineOverridden);
    }

    [Fact]
    public async Task InTheMiddleOfACycleTheCountIsNeverBelowWhatTheLastWholeCycleFound()
    {
        // Arrange: the last whole cycle found 3 accounts overridden; this check resumes and judges a slice with none.
        var workloads = _organization.TargetIdOf("Workloads");
        await _progress.WriteAsync(new CoverageProgress([new CoverageStep(workloads, "Workloads")], 2, 0, 3), CancellationToken.None);
        var slow = new BudgetExhaustingPort(_organization, _time, TimeSpan.FromSeconds(30), OrganizationsOperations.ListOrganizationalUnitsForParent, atCall: 4);

        // Act
        await new ScheduledCoverage(slow, _progress, 0.5, _report, _time).RunAsync(PolicySet.Of(Desired()), _time.GetUtcNow().AddMinutes(1), CancellationToken.None);

        // Assert
        var outcome = Assert.Single(_report.Of<CoverageOutcome>());
        Assert.False(outcome.Report.Walk.Finished);
        Assert.NotEmpty(outcome.Report.Accounts);
        Assert.Equal(3, outcome.BaselineOverridden);
        Assert.Equal(CoverageIncomplete.Budget, outcome.Incomplete);
    }

    [Fact]
    public async Task APlaceToResumeFromThatIsGoneStartsTheCycleAgainAtTheRoot()
    {
        // Arrange: the check stopped at an OU that has been deleted since, under a parent that is gone too.
        await _progress.WriteAsync(new CoverageProgress([new CoverageStep("ou-gone-11111111", "Gone"), new CoverageStep("ou-gone-22222222", "Child")], 40, 2, 0), CancellationToken.None);

        // Act
        await Coverage(0.5).RunAsync(PolicySet.Of(Desired()), _time.GetUtcNow().AddMinutes(5), CancellationToken.None);

        // Assert
        var outcome = Assert.Single(_report.Of<CoverageOutcome>());
        Assert.True(outcome.Report.Walk.ResumeLost);
        Assert.True(outcome.Report.Walk.Finished);
        Assert.Equal(5, outcome.Report.Accounts.Count);
        Assert.Equal(new CoverageProgress([], 0, 0, 0), await _progress.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AProgressThatCannotBeReadIsReportedAndTheCheckStartsAtTheRoot()
    {
        // Act
        await new ScheduledCoverage(_organization, new UnreadableProgress(), 0.5, _report, _time)
            .RunAsync(PolicySet.Of(Desired()), _time.GetUtcNow().AddMinutes(5), CancellationToken.None);

        // Assert
        Assert.Equal("reading where the coverage check stopped", Assert.Single(_report.Of<RecordingHealerReport.StoreFailureEntry>()).Operation);
        var outcome = Assert.Single(_report.Of<CoverageOutcome>());
        Assert.True(outcome.Report.Walk.StartedAtRoot);
        Assert.Equal(5, outcome.Report.Accounts.Count);
    }

    [Fact]
    public async Task AnAccountCheckGetsTheShareOfTheTimeLeftAndLeavesTheWalksPlaceAlone()
    {
        // Arrange: the deadline has passed already.
        var account = _organization.TargetIdOf("prod-app");

        // Act
        var outcome = await Coverage(0.5).RunForAccountAsync(PolicySet.Of(Desired()), account, _time.GetUtcNow().AddSeconds(-1), CancellationToken.None);

        // Assert
        Assert.Contains(outcome.Report.Unfinished, u => u.EndsWith($"account {account} was not judged", StringComparison.Ordinal));
        Assert.Same(outcome, Assert.Single(_report.Of<CoverageOutcome>()));
        Assert.Same(CoverageProgress.Start, await _progress.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ACheckWithNoTimeToReachTheWalkKeepsTheCyclesCountsAndItsPlace()
    {
        // Arrange: in the middle of a cycle, and the deadline has passed already.
        var resume = new CoverageProgress([new CoverageStep(_organization.TargetIdOf("Workloads"), "Workloads")], 3, 1, 2);
        await _progress.WriteAsync(resume, CancellationToken.None);

        // Act
        await Coverage(0.5).RunAsync(PolicySet.Of(Desired()), _time.GetUtcNow().AddSeconds(-1), CancellationToken.None);

        // Assert
        Assert.Equal(resume, await _progress.ReadAsync(CancellationToken.None));
    }

    private ScheduledCoverage Coverage(double share) => new(_organization, _progress, share, _report, _time);

    private sealed class UnreadableProgress : ICoverageProgressStore
    {
        public Task<CoverageProgress> ReadAsync(CancellationToken cancellationToken) => throw new InvalidDataException("edited by hand");

        public Task WriteAsync(CoverageProgress progress, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static DesiredState Desired() =>
        DesiredState.For(HealerDefaults.PolicyName, Core.Policies.PolicyDocument.Parse(SamplePolicies.Shipped), [DesiredState.RootTarget], HealerMode.Enforce);
}
