using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>Issue 14 item 4: an endpoint that accepts connections and never answers is announced on every attempt, not after minutes of silence.</summary>
public sealed class TimeoutTests
{
    [Fact]
    public async Task AnEndpointThatNeverAnswersIsAnnouncedOnEachRetryAndReportedWithinSeconds()
    {
        using var endpoint = new SilentEndpoint();
        using var cli = new CliDriver(environment: endpoint.ClientEnvironment);
        var clock = Stopwatch.StartNew();

        var run = await cli.RunAsync("plan", "--timeout", "1");

        clock.Stop();
        Assert.Equal(1, run.ExitCode);
        var retries = run.ErrorLines.Where(l => l.StartsWith("ListRoots: no answer from 127.0.0.1 within 1 s; retry ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["2/6", "3/6", "4/6", "5/6", "6/6"], retries.Select(l => l.Split("retry ")[1].Split(' ')[0]));
        var error = Assert.Single(run.ErrorLines, l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Contains("ListRoots got no answer in any of its attempts", error, StringComparison.Ordinal);
        Assert.Contains("--timeout", error, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task ACallStillUnansweredIsAnnouncedEveryFewSeconds()
    {
        var time = new FakeTimeProvider();
        var answer = new TaskCompletionSource<IReadOnlyList<OrganizationRoot>>();
        using var progress = new StringWriter();
        var port = new SlowCallReporter(new StalledPort(answer.Task), time, progress, "organizations.example");

        var call = port.ListRootsAsync(CancellationToken.None);
        time.Advance(SlowCallReporter.Interval);
        time.Advance(SlowCallReporter.Interval);
        answer.SetResult([]);
        await call;
        time.Advance(SlowCallReporter.Interval * 3);

        Assert.Equal(
            ["ListRoots: still waiting for organizations.example after 3 s…", "ListRoots: still waiting for organizations.example after 6 s…"],
            progress.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task ThrottlingIsAnnouncedRetryByRetryAndEndsInAnErrorThatSaysToRunAgain()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.InjectFault(OrganizationsOperations.ListRoots, OrganizationsErrorCodes.TooManyRequests, count: 6, message: "Rate exceeded");
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("plan");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(5, run.ErrorLines.Count(l => l.StartsWith("ListRoots: TooManyRequestsException (Rate exceeded); retry ", StringComparison.Ordinal)));
        var error = run.ErrorLines[^1];
        Assert.Contains("kept failing with TooManyRequestsException after its retries (Rate exceeded)", error, StringComparison.Ordinal);
        Assert.EndsWith("Run the command again in a few minutes.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("tried again", error, StringComparison.Ordinal);
        Assert.DoesNotContain("next event or schedule", error, StringComparison.Ordinal);
    }

    /// <summary>A port whose ListRoots answers when the test says so; nothing else is called.</summary>
    private sealed class StalledPort(Task<IReadOnlyList<OrganizationRoot>> roots) : OrganizationsPortDecorator(new SimulatedOrganization())
    {
        public override Task<IReadOnlyList<OrganizationRoot>> ListRootsAsync(CancellationToken cancellationToken) => roots;
    }
}
