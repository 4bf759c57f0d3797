using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Terminal;
using OrgBackupHealer.Core.Resilience;

namespace OrgBackupHealer.Cli;

/// <summary>
/// Everything a command needs from the outside world. The process builds it from the real console and
/// environment; tests build their own, so the CLI runs in-process with no static state.
/// </summary>
/// <param name="WorkingDirectory">Relative paths (policy file, snapshot dir, restore source) resolve against it.</param>
/// <param name="AppDirectory">Where the binary and its shipped policies/backup-policy.json live.</param>
internal sealed record CliHost(
    CliConsole Console,
    string WorkingDirectory,
    string AppDirectory,
    Func<string, string?> Environment,
    TimeProvider Time,
    IOrganizationConnector Organizations)
{
    /// <summary>The backoff between attempts of a failed call; tests shorten it so six attempts take milliseconds.</summary>
    public RetryOptions Retry { get; init; } = new();

    public static CliHost ForProcess()
    {
        var console = CliConsole.FromProcess();
        return new CliHost(
            console,
            Directory.GetCurrentDirectory(),
            AppContext.BaseDirectory,
            System.Environment.GetEnvironmentVariable,
            TimeProvider.System,
            new OrganizationConnector(System.Environment.GetEnvironmentVariable, TimeProvider.System));
    }

    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
