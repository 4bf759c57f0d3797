using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests.Tool;

/// <summary>
/// Issue 14 item 10: the documentation's walkthrough calls orgbackuphealer, so the CLI must install as that command,
/// and the walkthrough must run as written: moto's log in a file, moto stopped at the end, S3 reached for restore.
/// </summary>
[Trait("Needs", "dotnet-pack")]
public sealed class ToolPackageTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    [Fact]
    public async Task TheInstalledCommandPrintsItsVersionAndRunsTheDemoFromAnyDirectory()
    {
        var anywhere = Directory.CreateTempSubdirectory("obh-anywhere-").FullName;

        var version = await tool.RunAsync(anywhere, new Dictionary<string, string?>(), "--version");
        var demo = await tool.RunAsync(anywhere, new Dictionary<string, string?>(), "demo");

        Directory.Delete(anywhere);
        Assert.True(version.ExitCode == 0, version.Error + tool.Log);
        Assert.StartsWith("0.1.0", version.Out.Trim(), StringComparison.Ordinal);
        Assert.True(demo.ExitCode == 0, demo.Out + demo.Error);
        Assert.Contains("Summary: 7/7 scenarios ended healthy; the healthy run made zero writes.", demo.Out, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Needs", "moto")]
    public async Task TheMotoWalkthroughOfTheDocsRunsAsWrittenWithTheInstalledCommand()
    {
        var port = DocumentedWalkthrough.FreePort();
        var directory = Directory.CreateTempSubdirectory("obh-walkthrough-");
        var environment = new Dictionary<string, string?>
        {
            ["PATH"] = tool.ToolPath + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["AWS_PROFILE"] = null,
            ["AWS_ENDPOINT_URL"] = null,
            ["AWS_CONFIG_FILE"] = Path.Combine(directory.FullName, "no-aws-config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(directory.FullName, "no-aws-credentials"),
        };

        var run = await ExternalProcess.RunAsync("bash", ["-c", DocumentedWalkthrough.Script(port)], directory.FullName, environment, TimeSpan.FromMinutes(3));

        var motoLog = File.ReadAllText(Path.Combine(directory.FullName, "moto.log"));
        var stoppedInTime = await StopsListeningAsync(port);
        directory.Delete(recursive: true);
        var transcript = run.Out + run.Error;
        Assert.True(run.ExitCode == 0, transcript);
        Assert.Contains("plan exit code: 2", run.Out, StringComparison.Ordinal);
        Assert.Contains("plan exit code: 0", run.Out, StringComparison.Ordinal);
        Assert.Contains("plan exit code: 3", run.Out, StringComparison.Ordinal);
        Assert.Contains("coverage exit code: 0", run.Out, StringComparison.Ordinal);
        Assert.Contains("The organization is healthy.", run.Out, StringComparison.Ordinal);
        Assert.Contains("Note: the policy stays attached to r-", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP/1.1", transcript, StringComparison.Ordinal);
        Assert.Contains("POST / HTTP/1.1", motoLog, StringComparison.Ordinal);
        Assert.True(stoppedInTime, $"moto_server still listens on {port} after the walkthrough");
    }

    private static async Task<bool> StopsListeningAsync(int port)
    {
        for (var i = 0; i < 50 && DocumentedWalkthrough.IsListening(port); i++)
        {
            await Task.Delay(100);
        }

        return !DocumentedWalkthrough.IsListening(port);
    }
}
