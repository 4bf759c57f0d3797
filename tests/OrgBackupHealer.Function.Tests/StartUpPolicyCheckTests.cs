using System.Text.Json;
using OrgBackupHealer.Function.Configuration;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// The function's start-up check asks of HEALER_POLICY_FILE what <c>orgbackuphealer validate</c> asks of a policy
/// meant to stand alone: AWS would accept it, and every plan is complete (docs/policy-rules.md). A policy file that
/// holds only a child policy's changes is refused before any call to Organizations, naming what is missing where.
/// </summary>
public sealed class StartUpPolicyCheckTests : IDisposable
{
    private readonly HostHarness _harness = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("policy-check-").FullName;

    [Theory]
    [InlineData(
        """{"plans":{"org-backup-baseline":{"regions":{"@@append":["eu-west-1"]}}}}""",
        "$.plans.org-backup-baseline.rules: missing: a plan needs rules, regions and selections")]
    [InlineData(
        """{"plans":{"org-backup-baseline":{"advanced_backup_settings":{"ec2":{"WindowsVSS":{"@@assign":"enabled"}}}}}}""",
        "unknown key 'WindowsVSS' in EC2 advanced backup settings (did you mean 'windows_vss'?)")]
    public async Task APolicyFileThatIsNotACompleteAcceptedPolicyStopsTheFunctionAtStartUp(string content, string named)
    {
        var file = Path.Combine(_directory, "policy.json");
        await File.WriteAllTextAsync(file, content);
        _harness.Environment[EnvironmentVariables.PolicyFile] = file;

        _harness.Start();
        var call = await _harness.Api.NextCallAsync();
        var exitCode = await _harness.ExitCodeAsync();

        Assert.Equal("init-error", call.Kind);
        Assert.Contains(named, JsonDocument.Parse(call.Body).RootElement.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(0, exitCode);
        Assert.Equal(0, _harness.Organization.TotalCalls);
    }

    public void Dispose()
    {
        _harness.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
