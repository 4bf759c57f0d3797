using System.Text;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Support;

/// <summary>
/// A command's whole terminal output against a file in Golden/, with the run's own paths and ids replaced by
/// placeholders. OBH_UPDATE_GOLDEN=1 rewrites the file instead (review the diff in the commit; never in CI).
/// </summary>
internal static class GoldenFile
{
    public static async Task AssertMatchesAsync(string name, string command, CliRun run, params (string Value, string Placeholder)[] replacements)
    {
        var printed = new StringBuilder()
            .AppendLine($"$ orgbackuphealer {command}")
            .AppendLine($"exit code {run.ExitCode}")
            .AppendLine("--- stdout")
            .Append(run.Out)
            .AppendLine("--- stderr")
            .Append(run.Error)
            .ToString();
        foreach (var (value, placeholder) in replacements)
        {
            printed = printed.Replace(value, placeholder, StringComparison.Ordinal);
        }

        var golden = Path.Combine(RepositoryPaths.FindAbove(Path.Combine("tests", "OrgBackupHealer.Cli.Tests", "Golden")), name + ".txt");
        if (Environment.GetEnvironmentVariable("OBH_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(golden, printed);
        }

        Assert.Equal(await File.ReadAllTextAsync(golden), printed);
    }
}
