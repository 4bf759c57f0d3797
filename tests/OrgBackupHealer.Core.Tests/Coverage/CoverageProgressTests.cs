using OrgBackupHealer.Core.Coverage;

namespace OrgBackupHealer.Core.Tests.Coverage;

/// <summary>How the findings of resumed checks add up over a cycle, and what BaselineOverridden may say after each.</summary>
public sealed class CoverageProgressTests
{
    private static readonly IReadOnlyList<CoverageStep> s_workloads = [new("ou-ab12-11111111", "Workloads")];
    private static readonly IReadOnlyList<CoverageStep> s_sandbox = [new("ou-ab12-22222222", "Sandbox")];

    [Fact]
    public void AWholeCycleInOneCheckReportsItsOwnCountAndStartsTheNextAtTheRoot()
    {
        var report = Report(new CoverageWalk(StartedAtRoot: true, Finished: true, [], ParentsDone: 5, CountedAccounts: 5, CountedOverridden: 2), judged: 5);

        var next = CoverageProgress.Start.After(report);

        Assert.Equal(new CoverageProgress([], 0, 0, 2), next);
        Assert.Equal(2, CoverageProgress.OverriddenToReport(report, next));
    }

    [Fact]
    public void ChecksInTheMiddleOfACycleAddUpAndTheLastOneClosesIt()
    {
        var first = Report(new CoverageWalk(true, false, s_workloads, 2, 2, 1), judged: 2);
        var second = Report(new CoverageWalk(false, false, s_sandbox, 2, 2, 0), judged: 2);
        var last = Report(new CoverageWalk(false, true, [], 1, 1, 1), judged: 1);

        var afterFirst = new CoverageProgress([], 0, 0, 0).After(first);
        var afterSecond = afterFirst.After(second);
        var afterLast = afterSecond.After(last);

        Assert.Equal(new CoverageProgress(s_workloads, 2, 1, 0), afterFirst);
        Assert.Equal(new CoverageProgress(s_sandbox, 4, 1, 0), afterSecond);
        Assert.Equal(new CoverageProgress([], 0, 0, 2), afterLast);
        Assert.Equal([1, 1, 2], new[] { CoverageProgress.OverriddenToReport(first, afterFirst), CoverageProgress.OverriddenToReport(second, afterSecond), CoverageProgress.OverriddenToReport(last, afterLast) });
    }

    [Fact]
    public void UntilTheCycleEndsAnOverriddenAccountOfTheLastCycleIsNotReportedFixed()
    {
        var progress = new CoverageProgress(s_workloads, 3, 0, 4);
        var slice = Report(new CoverageWalk(false, false, s_sandbox, 1, 3, 0), judged: 3);

        var next = progress.After(slice);

        Assert.Equal(4, CoverageProgress.OverriddenToReport(slice, next));
    }

    [Fact]
    public void ACheckThatJudgedNothingChangesNothingAndSaysNothing()
    {
        var progress = new CoverageProgress(s_workloads, 3, 1, 4);
        var nothing = Report(new CoverageWalk(false, false, s_workloads, 0, 0, 0), judged: 0);

        var next = progress.After(nothing);

        Assert.Equal(progress, next);
        Assert.Null(CoverageProgress.OverriddenToReport(nothing, next));
        Assert.Equal(CoverageIncomplete.NoProgress, new CoverageOutcome(nothing, next).Incomplete);
    }

    [Fact]
    public void ACycleThatStartsAgainAtTheRootForgetsWhatTheAbandonedOneCounted()
    {
        var progress = new CoverageProgress(s_workloads, 30, 7, 4);
        var restarted = Report(new CoverageWalk(StartedAtRoot: true, false, s_sandbox, 2, 2, 0) { ResumeLost = true }, judged: 2);

        var next = progress.After(restarted);

        Assert.Equal(new CoverageProgress(s_sandbox, 2, 0, 4), next);
    }

    private static CoverageReport Report(CoverageWalk walk, int judged) =>
        new([.. Enumerable.Range(0, judged).Select(i => new AccountCoverage($"{i:D12}", "a", "Root", [], [], false, []))], 0, 10, walk.Finished ? [] : ["cut short"])
        {
            Walk = walk,
            InvalidAccountsListed = true,
        };
}
