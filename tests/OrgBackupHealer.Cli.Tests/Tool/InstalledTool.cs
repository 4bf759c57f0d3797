using System.Reflection;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Tool;

/// <summary>
/// The CLI packed as a .NET tool (dotnet pack, from the build the tests already made) and installed from that folder
/// into a temporary tool path, the way docs/cli.md tells a new user to install it. The feed is the folder alone and
/// the packages folder is temporary, so nothing comes from the network or from an earlier install.
/// </summary>
public sealed class InstalledTool : IAsyncLifetime
{
    private static readonly TimeSpan s_step = TimeSpan.FromSeconds(90);
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("obh-tool-");

    /// <summary>The installed orgbackuphealer command.</summary>
    public string Command => Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "orgbackuphealer.exe" : "orgbackuphealer");

    public string ToolPath => Path.Combine(_root.FullName, "tools");

    /// <summary>What dotnet pack and dotnet tool install printed, for failure messages.</summary>
    public string Log { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var project = RepositoryPaths.FindAbove(Path.Combine("src", "OrgBackupHealer.Cli", "OrgBackupHealer.Cli.csproj"));
        var feed = Path.Combine(_root.FullName, "feed");
        var configuration = typeof(InstalledTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var pack = await DotnetAsync(["pack", project, "-c", configuration, "--no-build", "-o", feed]);
        var config = Path.Combine(_root.FullName, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var install = await DotnetAsync(["tool", "install", "orgbackuphealer", "--tool-path", ToolPath, "--configfile", config]);
        Log = pack.Out + pack.Error + install.Out + install.Error;
        Assert.True(pack.ExitCode == 0 && install.ExitCode == 0, Log);
    }

    public Task DisposeAsync()
    {
        _root.Delete(recursive: true);
        return Task.CompletedTask;
    }

    public Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        ExternalProcess.RunAsync(Command, arguments, workingDirectory, environment, s_step);

    /// <summary>dotnet with the test host's MSBuild variables cleared, so the child packs and installs as a shell would.</summary>
    private Task<CliRun> DotnetAsync(string[] arguments)
    {
        var environment = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = Path.Combine(_root.FullName, "packages"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        };
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(n => n.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || n.Equals("DOTNET_HOST_PATH", StringComparison.Ordinal)))
        {
            environment[name] = null;
        }

        return ExternalProcess.RunAsync("dotnet", arguments, _root.FullName, environment, s_step);
    }
}
