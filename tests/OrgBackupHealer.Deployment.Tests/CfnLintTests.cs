namespace OrgBackupHealer.Deployment.Tests;

public sealed class CfnLintTests
{
    [Fact]
    public async Task TemplatePassesCfnLintWithoutAnyFinding()
    {
        // Arrange: cfn-lint runs the SAM translator first, so this also proves the template transforms.
        string[] arguments = ["template.yaml"];

        // Act
        var result = await ExternalProcess.RunAsync("cfn-lint", arguments, RepositoryRoot.Path);

        // Assert: exit code 0 means no error, warning or informational finding.
        Assert.True(result.ExitCode == 0 && result.StandardOutput.Trim().Length == 0, result.Transcript);
    }
}
