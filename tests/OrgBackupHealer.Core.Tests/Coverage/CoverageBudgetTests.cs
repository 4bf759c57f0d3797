using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Coverage;

/// <summary>
/// A check cut short by its budget names the phase it was in, how far it got and where the next check resumes; the
/// sample organization is walked depth first in id order (root, Security, Workloads, Production, Sandbox), so its
/// accounts are evaluated log-archive, audit, dev-app, prod-app, sandbox-1.
/// </summary>
public sealed class CoverageBudgetTests
{
    private static readonly TimeSpan s_budget = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new();

    [Theory]
    [InlineData(OrganizationsOperations.ListRoots, 1, "reading the roots: no account was evaluated")]
    [InlineData(OrganizationsOperations.ListTargetsForPolicy, 1, "reading where backup policies are attached: no account was evaluated")]
    [InlineData(OrganizationsOperations.ListAccountsWithInvalidEffectivePolicy, 1,
        "reading accounts with an invalid effective backup policy: no account was evaluated")]
    [InlineData(OrganizationsOperations.ListEffectivePolicyValidationErrors, 1, "reading validation errors: no account was evaluated")]
    [InlineData(OrganizationsOperations.ListOrganizationalUnitsForParent, 1,
        "walking the organization: 0 accounts evaluated under 0 parents; stopped before Root")]
    [InlineData(OrganizationsOperations.ListAccountsForParent, 3,
        "walking the organization: 2 accounts evaluated under 2 parents; stopped before Root/Workloads ({workloads})")]
    [InlineData(OrganizationsOperations.DescribePolicy, 2,
        "walking the organization: 4 accounts evaluated under 4 parents; stopped before Root/Sandbox ({sandbox})")]
    public async Task TheUnfinishedNoteNamesThePhaseAndHowFarItGot(string operation, int atCall, string expected)
    {
        // Arrange: one invalid account, so validation errors are read; a second policy on Sandbox, so sandbox-1 needs
        // a DescribePolicy of its own after log-archive, audit and dev-app.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        org.MarkEffectivePolicyInvalid(org.TargetIdOf("audit"), new EffectivePolicyValidationError("E", "m", null, []));
        org.AttachPolicy(org.CreatePolicy(PolicyTypes.BackupPolicy, "sandbox-extra", CoverageOrganizations.RegionOverride), org.TargetIdOf("Sandbox"));
        var port = new BudgetExhaustingPort(org, _time, s_budget, operation, atCall);

        // Act
        var report = await new CoverageCheck(port, _time, new CoverageOptions { Budget = s_budget })
            .RunAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), CancellationToken.None);

        // Assert
        var named = expected.Replace("{workloads}", org.TargetIdOf("Workloads"), StringComparison.Ordinal).Replace("{sandbox}", org.TargetIdOf("Sandbox"), StringComparison.Ordinal);
        Assert.Equal($"the check used its 10 s budget while {named}", Assert.Single(report.Unfinished));
        Assert.False(report.Complete);
        Assert.False(report.AllCovered);
    }

    [Fact]
    public async Task AccountsEvaluatedBeforeTheBudgetRanOutAreStillReported()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        org.AttachPolicy(org.CreatePolicy(PolicyTypes.BackupPolicy, "sandbox-extra", CoverageOrganizations.RegionOverride), org.TargetIdOf("Sandbox"));
        var port = new BudgetExhaustingPort(org, _time, s_budget, OrganizationsOperations.DescribePolicy, atCall: 2);

        // Act
        var report = await new CoverageCheck(port, _time, new CoverageOptions { Budget = s_budget })
            .RunAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), CancellationToken.None);

        // Assert
        Assert.Equal(["log-archive", "audit", "dev-app", "prod-app"], report.Accounts.Select(a => a.AccountName));
    }

    [Fact]
    public async Task WhenTheCallerGivesUpTooTheCheckIsAbandonedNotReportedAsUnfinished()
    {
        // Arrange: the caller's own token is cancelled at the moment the budget runs out.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        using var caller = new CancellationTokenSource();
        var port = new BudgetExhaustingPort(org, _time, s_budget, OrganizationsOperations.ListPolicies, alsoCancel: caller);

        // Act / Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new CoverageCheck(port, _time, new CoverageOptions { Budget = s_budget }).RunAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), caller.Token));
    }

    [Fact]
    public async Task ACancellationThatIsNotTheBudgetsIsNotReportedAsTheBudgetRunningOut()
    {
        // Arrange: a call cancelled by something else (an HTTP client's own timeout), with budget and caller both fine.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var port = new CancellingPort(org);

        // Act / Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new CoverageCheck(port, _time, new CoverageOptions { Budget = s_budget }).RunAsync(CoverageOrganizations.Set(SamplePolicies.Shipped), CancellationToken.None));
    }

    private sealed class CancellingPort(IOrganizationsPort inner) : OrganizationsPortDecorator(inner)
    {
        public override Task<IReadOnlyList<PolicySummary>> ListBackupPoliciesAsync(CancellationToken cancellationToken) =>
            Task.FromException<IReadOnlyList<PolicySummary>>(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout."));
    }
}
