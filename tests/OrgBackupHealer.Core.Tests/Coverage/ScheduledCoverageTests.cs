using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Coverage;

/// <summary>The scheduled coverage check: off at a share of 0, bounded by the share of the time the invocation has left.</summary>
public sealed class ScheduledCoverageTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 27, 16, 0, 0, TimeSpan.Zero));
    private readonly SimulatedOrganization _organization = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
    private readonly RecordingHealerReport _report = new();

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
    public async Task AnOrganizationWithTheBaselineEverywhereReportsACompleteCheck()
    {
        // Act
        await Coverage(0.5).RunAsync(PolicySet.Of(Desired()), _time.GetUtcNow().AddMinutes(5), CancellationToken.None);

        // Assert
        var report = Assert.IsType<CoverageReport>(Assert.Single(_report.Entries));
        Assert.True(report.AllCovered);
        Assert.Equal(5, report.Accounts.Count);
    }

    [Fact]
    public async Task NoTimeLeftIsAnUnfinishedCheck()
    {
        // Act: the deadline has passed already.
        await Coverage(0.5).RunAsync(PolicySet.Of(Desired()), _time.GetUtcNow().AddSeconds(-1), CancellationToken.None);

        // Assert
        var report = Assert.IsType<CoverageReport>(Assert.Single(_report.Entries));
        Assert.False(report.Complete);
    }

    [Fact]
    public async Task WithoutADeadlineTheCheckRunsOnAMinute()
    {
        // Act
        await Coverage(0.5).RunAsync(PolicySet.Of(Desired()), deadline: null, CancellationToken.None);

        // Assert
        Assert.True(Assert.IsType<CoverageReport>(Assert.Single(_report.Entries)).Complete);
    }

    private ScheduledCoverage Coverage(double share) => new(_organization, share, _report, _time);

    private static DesiredState Desired() =>
        DesiredState.For(HealerDefaults.PolicyName, Core.Policies.PolicyDocument.Parse(SamplePolicies.Shipped), [DesiredState.RootTarget], HealerMode.Enforce);
}
