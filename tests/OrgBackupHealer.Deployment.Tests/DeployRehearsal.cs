using System.Text.Json.Nodes;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// Runs tests/tools/deploy_rehearsal.py: the template as sam package / aws cloudformation deploy would hand it over
/// (SAM templates get an s3:// CodeUri and go through the SAM translator), created as a stack in moto.
/// </summary>
internal static class DeployRehearsal
{
    public static async Task<RehearsalResult> RunAsync(MotoServer moto, string template, string stackName, IReadOnlyDictionary<string, string> parameters)
    {
        await moto.ResetAsync();
        string[] arguments =
        [
            RepositoryRoot.Combine("tests", "tools", "deploy_rehearsal.py"),
            "--endpoint", moto.Endpoint.ToString().TrimEnd('/'),
            "--template", RepositoryRoot.Combine(template),
            "--stack-name", stackName,
            .. parameters.SelectMany(p => new[] { "--parameter", $"{p.Key}={p.Value}" }),
        ];

        var result = await ExternalProcess.RunAsync(MotoServer.Python, arguments, RepositoryRoot.Path);

        Assert.True(result.ExitCode == 0, result.Transcript);
        return new RehearsalResult(JsonNode.Parse(result.StandardOutput)?.AsObject()
            ?? throw new InvalidOperationException("deploy_rehearsal.py printed nothing"));
    }
}
