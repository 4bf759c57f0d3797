using System.Text;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>
/// What a person reads, word for word: each command's whole terminal output on the simulated organization, at a fixed
/// time, against a file in Golden/ (paths of the run replaced by placeholders). Any change to a sentence, a column or a
/// line's order shows here as a diff to review; after a deliberate change, run these tests with OBH_UPDATE_GOLDEN=1 to
/// rewrite the files, and review them in the commit.
/// </summary>
public sealed class GoldenOutputTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 6, 9, 30, 0, TimeSpan.Zero);

    public static TheoryData<string, string> Commands => new()
    {
        { "demo", "demo" },
        { "plan-detached", "plan --simulate --break detached" },
        { "plan-type-disabled", "plan --simulate --break type-disabled" },
        { "heal-content-edited", "heal --simulate --break content-edited --yes" },
        { "heal-policy-deleted", "heal --simulate --break policy-deleted --yes" },
        { "coverage-child-override", "coverage --simulate --break child-override" },
        { "coverage-invalid-effective", "coverage --simulate --break invalid-effective" },
        { "validate-shipped", "validate <app>/policies/backup-policy.json" },
        { "help", "--help" },
        { "plan-help", "plan --help" },
        { "heal-help", "heal --help" },
        { "coverage-help", "coverage --help" },
        { "restore-help", "restore --help" },
        { "validate-help", "validate --help" },
        { "state-show-help", "state show --help" },
        { "approve-help", "approve --help" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task TheOutputIsWordForWordTheGoldenFile(string name, string command)
    {
        using var cli = new CliDriver(time: new StoppedClock(s_now));

        var run = await cli.RunAsync(command.Replace("<app>/", AppContext.BaseDirectory, StringComparison.Ordinal).Split(' '));

        var printed = new StringBuilder()
            .AppendLine($"$ orgbackuphealer {command}")
            .AppendLine($"exit code {run.ExitCode}")
            .AppendLine("--- stdout")
            .Append(run.Out)
            .AppendLine("--- stderr")
            .Append(run.Error)
            .ToString()
            .Replace(cli.WorkingDirectory, "<work>", StringComparison.Ordinal)
            .Replace(AppContext.BaseDirectory, "<app>/", StringComparison.Ordinal);
        var golden = Path.Combine(RepositoryPaths.FindAbove(Path.Combine("tests", "OrgBackupHealer.Cli.Tests", "Golden")), name + ".txt");
        if (Environment.GetEnvironmentVariable("OBH_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(golden, printed);
        }

        Assert.Equal(await File.ReadAllTextAsync(golden), printed);
    }

    /// <summary>Always reads <paramref name="now"/>; its timers and timestamps are the system's, so waits still end.</summary>
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
