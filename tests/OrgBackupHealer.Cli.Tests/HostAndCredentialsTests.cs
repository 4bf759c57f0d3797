using Amazon.Runtime;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Terminal;
using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>What the process gives a command (ForProcess), and which credentials its SDK clients get from it.</summary>
public sealed class HostAndCredentialsTests
{
    [Fact]
    public void TheProcessHostIsThisProcesssDirectoriesEnvironmentClockAndConsole()
    {
        var host = CliHost.ForProcess();

        Assert.Equal(Directory.GetCurrentDirectory(), host.WorkingDirectory);
        Assert.Equal(AppContext.BaseDirectory, host.AppDirectory);
        Assert.Equal(Environment.GetEnvironmentVariable("PATH"), host.Environment("PATH"));
        Assert.Same(TimeProvider.System, host.Time);
        Assert.Equal(new CliConsole(Console.Out, Console.Error, Console.In, !Console.IsInputRedirected), host.Console);
    }

    [Fact]
    public void WithoutAProfileOrKeysTheSdksOwnChainDecides()
    {
        Assert.Null(CliCredentials.Resolve(Host([]), profile: null));
    }

    [Fact]
    public void KeysInTheEnvironmentAreUsedWithTheirSessionToken()
    {
        var basic = CliCredentials.Resolve(Host(new() { ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE", ["AWS_SECRET_ACCESS_KEY"] = "secret" }), null);
        var session = CliCredentials.Resolve(
            Host(new() { ["AWS_ACCESS_KEY_ID"] = "ASIAEXAMPLE", ["AWS_SECRET_ACCESS_KEY"] = "secret", ["AWS_SESSION_TOKEN"] = "token" }), null);

        Assert.Equal(("AKIDEXAMPLE", "secret", null), Parts(Assert.IsType<BasicAWSCredentials>(basic)));
        Assert.Equal(("ASIAEXAMPLE", "secret", "token"), Parts(Assert.IsType<SessionAWSCredentials>(session)));
    }

    [Theory]
    [InlineData("alice", "cli:alice")]
    [InlineData("", "cli:unknown")]
    public void ADecisionAtTheTerminalIsRecordedAsTheLocalUser(string user, string recorded)
    {
        Assert.Equal(recorded, Commands.ApproveCommand.Who(Host(new() { ["USER"] = user })));
    }

    [Fact]
    public async Task AProfileThatDoesNotExistIsOneLineNamingItAndHowToLogIn()
    {
        var profile = "no-such-profile-" + Guid.NewGuid().ToString("N");
        using var cli = new CliDriver(environment: new Dictionary<string, string> { ["AWS_ENDPOINT_URL_DYNAMODB"] = "http://127.0.0.1:9/" });

        var run = await cli.RunAsync("proposals", "--state-table", "healer-state", "--profile", profile);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Equal(
            $"error: AWS profile '{profile}' was not found or has no usable credentials. Check ~/.aws/config, or run 'aws sso login --profile {profile}'.",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task AnOrganizationsEndpointThatIsNotAnHttpUrlIsOneLineBeforeAnyCall()
    {
        using var cli = new CliDriver(environment: new Dictionary<string, string> { ["AWS_ENDPOINT_URL_ORGANIZATIONS"] = "ftp://127.0.0.1:5000" });

        var run = await cli.RunAsync("plan");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Equal(
            "error: AWS_ENDPOINT_URL_ORGANIZATIONS must be an absolute http(s) URL, not 'ftp://127.0.0.1:5000'.",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task ABreakThatDoesNotExistIsAUsageErrorNamingTheOnesThatDo()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("plan", "--simulate", "--break", "meteor");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("error: Argument 'meteor' not recognized. Must be one of:", run.Error, StringComparison.Ordinal);
        Assert.All(PolicyBreakNames.All, name => Assert.Contains($"'{name}'", run.Error, StringComparison.Ordinal));
    }

    [Fact]
    public void ParsingABreakThatDoesNotExistNamesTheOnesThatDo()
    {
        var error = Assert.Throws<CliException>(() => PolicyBreakNames.Parse("meteor"));

        Assert.Equal($"--break must be one of {string.Join(", ", PolicyBreakNames.All)}, not 'meteor'.", error.Message);
    }

    private static CliHost Host(Dictionary<string, string> environment) =>
        new(new CliConsole(TextWriter.Null, TextWriter.Null, TextReader.Null, false), "/", "/", name => environment.GetValueOrDefault(name), TimeProvider.System, null!);

    private static (string Key, string Secret, string? Token) Parts(AWSCredentials credentials)
    {
        var immutable = credentials.GetCredentials();
        return (immutable.AccessKey, immutable.SecretKey, immutable.UseToken ? immutable.Token : null);
    }
}
