using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Observability;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Function.Tests.Handler;

/// <summary>
/// The coverage check on its own: off at a share of 0, bounded by the time the invocation has left, and one summary
/// line, a warning only when something is missing.
/// </summary>
public sealed class ScheduledCoverageUnitTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 27, 16, 0, 0, TimeSpan.Zero));
    private readonly StringWriter _stdout = new();
    private readonly SimulatedOrganization _organization = SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy);

    [Fact]
    public async Task AShareOfZeroTurnsTheCheckOff()
    {
        // Act
        await Coverage(0).RunAsync(Desired(), Deadline(TimeSpan.FromMinutes(5)), CancellationToken.None);

        // Assert
        Assert.Equal(0, _organization.TotalCalls);
        Assert.Empty(_stdout.ToString());
    }

    [Fact]
    public async Task AnOrganizationWithTheBaselineEverywhereIsOneInformationLine()
    {
        // Act
        await Coverage(0.5).RunAsync(Desired(), Deadline(TimeSpan.FromMinutes(5)), CancellationToken.None);

        // Assert
        var lines = Lines();
        Assert.DoesNotContain(lines, l => l.TryGetProperty("CoverageIncomplete", out _));
        var summary = Assert.Single(lines, l => l.TryGetProperty("message", out _));
        Assert.Equal("Information", summary.GetProperty("level").GetString());
        Assert.Equal("coverage check: 5 of 5 accounts have the baseline in effect", summary.GetProperty("message").GetString());
        Assert.Equal("0", summary.GetProperty("overridden_accounts").GetString());
        Assert.Equal("0", summary.GetProperty("invalid_accounts").GetString());
        Assert.Empty(summary.GetProperty("unfinished").EnumerateArray());
    }

    [Fact]
    public async Task NoTimeLeftIsAnIncompleteCheckAndAWarning()
    {
        // Act: the deadline has passed already.
        await Coverage(0.5).RunAsync(Desired(), Deadline(TimeSpan.FromSeconds(-1)), CancellationToken.None);

        // Assert
        var lines = Lines();
        Assert.Single(lines, l => l.TryGetProperty("CoverageIncomplete", out _));
        var summary = Assert.Single(lines, l => l.TryGetProperty("message", out var m) && m.GetString()!.StartsWith("coverage check: ", StringComparison.Ordinal));
        Assert.Equal("Warning", summary.GetProperty("level").GetString());
        Assert.NotEmpty(summary.GetProperty("unfinished").EnumerateArray());
    }

    [Fact]
    public async Task WithoutADeadlineTheCheckRunsOnAMinute()
    {
        // Act
        await Coverage(0.5).RunAsync(Desired(), null, CancellationToken.None);

        // Assert
        var summary = Assert.Single(Lines(), l => l.TryGetProperty("message", out _));
        Assert.Equal("Information", summary.GetProperty("level").GetString());
        Assert.Empty(summary.GetProperty("unfinished").EnumerateArray());
    }

    public void Dispose() => _stdout.Dispose();

    private ScheduledCoverage Coverage(double share) =>
        new(_organization, share, new EmfMetrics(_stdout, _time, "OrgBackupHealer", "svc"), new JsonLogger(_stdout, _time, "svc", "fn"), _time);

    private long Deadline(TimeSpan left) => (_time.GetUtcNow() + left).ToUnixTimeMilliseconds();

    private static DesiredState Desired() =>
        DesiredState.For(HealerDefaults.PolicyName, PolicyDocument.Parse(HostHarness.ShippedPolicy), [DesiredState.RootTarget], HealerMode.Enforce);

    private List<JsonElement> Lines() =>
        [.. _stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
}
