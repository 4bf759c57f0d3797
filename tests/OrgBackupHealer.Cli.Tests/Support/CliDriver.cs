using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Terminal;
using OrgBackupHealer.Core.Resilience;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Tests.Support;

/// <summary>
/// Runs the CLI through the same entry point as Program, with captured output, a scripted stdin and a temporary
/// working directory. With an organization given, it stands in for the real one (what the AWS client would reach).
/// Retries back off for milliseconds, so a call failing six times costs nothing. A test that gives a
/// <see cref="TimeProvider"/> controls the commands' clock (coverage's budget); retries keep the system clock, so a
/// retry never waits on a clock nobody moves.
/// </summary>
public sealed class CliDriver : IDisposable
{
    private readonly IOrganizationConnector _connector;
    private readonly TimeProvider _time;

    public CliDriver(SimulatedOrganization? organization = null, IReadOnlyDictionary<string, string>? environment = null, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        WorkingDirectory = Directory.CreateTempSubdirectory("obh-cli-").FullName;
        Environment = environment ?? new Dictionary<string, string>();
        _connector = organization is null
            ? new OrganizationConnector(Lookup, TimeProvider.System)
            : new FixedOrganizationConnector(organization, new OrganizationConnector(Lookup, TimeProvider.System));
    }

    public static RetryOptions FastRetry { get; } = new() { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };

    public string WorkingDirectory { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public string SnapshotDirectory => Path.Combine(WorkingDirectory, "snapshots");

    public Task<CliRun> RunAsync(params string[] args) => RunAsync(stdin: "", interactive: false, args);

    public async Task<CliRun> RunAsync(string stdin, bool interactive, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin);
        var host = new CliHost(
            new CliConsole(output, error, input, interactive),
            WorkingDirectory,
            AppContext.BaseDirectory,
            Lookup,
            _time,
            _connector)
        {
            Retry = FastRetry,
        };
        var exitCode = await CliApplication.RunAsync(args, host);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(WorkingDirectory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(WorkingDirectory, recursive: true);

    private string? Lookup(string name) => Environment.TryGetValue(name, out var value) ? value : null;
}
