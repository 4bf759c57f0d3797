using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function.Tests.Handler;

/// <summary>A coverage check in the log: one summary line, a warning only when something is missing, CoverageIncomplete when unfinished.</summary>
public sealed class CoverageLogTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 27, 16, 0, 0, TimeSpan.Zero));
    private readonly StringWriter _stdout = new();

    [Fact]
    public void AnOrganizationWithTheBaselineEverywhereIsOneInformationLine()
    {
        // Act
        Report(new CoverageReport([Account("111111111111"), Account("222222222222")], 0, 9, []));

        // Assert
        var lines = Lines();
        Assert.DoesNotContain(lines, l => l.TryGetProperty("CoverageIncomplete", out _));
        var summary = Assert.Single(lines, l => l.TryGetProperty("message", out _));
        Assert.Equal("Information", summary.GetProperty("level").GetString());
        Assert.Equal("coverage check: 2 of 2 accounts judged have the baseline in effect", summary.GetProperty("message").GetString());
        Assert.Equal("finished: every account under the targets was judged in this check", summary.GetProperty("cycle").GetString());
        Assert.Equal("0", summary.GetProperty("overridden_accounts").GetString());
        Assert.Equal("0", summary.GetProperty("invalid_accounts").GetString());
        Assert.Equal("9", summary.GetProperty("coverage_calls").GetString());
        Assert.Equal("", summary.GetProperty("coverage_incomplete").GetString());
        Assert.Empty(summary.GetProperty("unfinished").EnumerateArray());
    }

    [Fact]
    public void ACheckThatFinishesACycleBegunEarlierSaysSo()
    {
        // Act
        Report(new CoverageReport([Account("111111111111")], 0, 3, []) { Walk = new CoverageWalk(StartedAtRoot: false, Finished: true, [], 1, 1, 0) });

        // Assert
        var summary = Summary();
        Assert.Equal("finished: every account under the targets was judged in this cycle", summary.GetProperty("cycle").GetString());
    }

    [Theory]
    [InlineData(false, "")]
    [InlineData(true, " (the place to resume from was gone, so this cycle began again at the root)")]
    public void ACheckCutShortSaysWhereTheNextOneResumes(bool resumeLost, string suffix)
    {
        // Arrange
        var walk = new CoverageWalk(true, Finished: false, [new CoverageStep("ou-ab12-11111111", "Workloads"), new CoverageStep("ou-ab12-22222222", "Prod")], ParentsDone: 1, 1, 0)
        {
            ResumeLost = resumeLost,
        };

        // Act
        Report(new CoverageReport([Account("111111111111")], 0, 3, ["the budget ran out"]) { Walk = walk });

        // Assert
        var summary = Summary();
        Assert.Equal("Budget", summary.GetProperty("coverage_incomplete").GetString());
        Assert.Equal($"1 accounts judged so far this cycle; the next check resumes at Root/Workloads/Prod{suffix}", summary.GetProperty("cycle").GetString());
    }

    [Fact]
    public void AnUnfinishedCheckIsCoverageIncompleteAndAWarning()
    {
        // Act
        Report(new CoverageReport([], 0, 1, ["the check used its 0 s budget while walking the organization"]) { Walk = new CoverageWalk(true, false, [], 0, 0, 0) });

        // Assert
        var lines = Lines();
        Assert.Single(lines, l => l.TryGetProperty("CoverageIncomplete", out _));
        var summary = Assert.Single(lines, l => l.TryGetProperty("message", out var m) && m.GetString()!.StartsWith("coverage check: ", StringComparison.Ordinal));
        Assert.Equal("Warning", summary.GetProperty("level").GetString());
        Assert.NotEmpty(summary.GetProperty("unfinished").EnumerateArray());
    }

    [Fact]
    public void EachGapIsAWarningNamingTheAccountAndWhatOverridesTheBaseline()
    {
        // Arrange
        var gap = Account("333333333333") with { Overrides = [new BaselineOverride("plans.daily.regions", "Overridden", "p-other123 on ou-ab12-cdefgh12")] };

        // Act
        Report(new CoverageReport([gap], 0, 9, []));

        // Assert
        var warning = Assert.Single(Lines(), l => l.TryGetProperty("account_id", out _));
        Assert.Equal("Warning", warning.GetProperty("level").GetString());
        Assert.Equal("333333333333", warning.GetProperty("account_id").GetString());
        Assert.Equal("Root/Workloads", warning.GetProperty("ou_path").GetString());
        Assert.Single(warning.GetProperty("overrides").EnumerateArray());
    }

    public void Dispose() => _stdout.Dispose();

    private JsonElement Summary() =>
        Assert.Single(Lines(), l => l.TryGetProperty("message", out var m) && m.GetString()!.StartsWith("coverage check: ", StringComparison.Ordinal));

    private void Report(CoverageReport report) =>
        CoverageLog.Report(new CoverageOutcome(report, CoverageProgress.Start.After(report)), new EmfMetrics(_stdout, _time, "OrgBackupHealer", "svc"), new JsonLogger(_stdout, _time, "svc", "fn"));

    private static AccountCoverage Account(string id) => new(id, "account " + id, "Root/Workloads", [], [], false, []);

    private List<JsonElement> Lines() =>
        [.. _stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
}
