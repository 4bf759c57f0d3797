namespace OrgBackupHealer.Deployment.Tests;

public sealed class CfnLintTests
{
    /// <summary>Every CloudFormation template of the repository; a template added later must be listed here.</summary>
    private static readonly string[] s_templates = [SignalRules.HealerTemplate, SignalRules.ForwarderTemplate, DelegatedAdminPolicy.Template];

    public static TheoryData<string> Templates => [.. s_templates];

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task TemplatePassesCfnLintWithoutAnyFinding(string template)
    {
        // Arrange: for template.yaml cfn-lint runs the SAM translator first, so this also proves it transforms.
        string[] arguments = [template];

        // Act
        var result = await ExternalProcess.RunAsync("cfn-lint", arguments, RepositoryRoot.Path);

        // Assert: exit code 0 means no error, warning or informational finding.
        Assert.True(result.ExitCode == 0 && result.StandardOutput.Trim().Length == 0, result.Transcript);
    }

    [Fact]
    public void EveryTemplateOfTheRepositoryIsLinted()
    {
        // Arrange
        var linted = s_templates.Order(StringComparer.Ordinal);

        // Act
        var found = Directory.EnumerateFiles(RepositoryRoot.Combine("templates"), "*.yaml")
            .Select(path => Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/'))
            .Append(SignalRules.HealerTemplate)
            .Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(found, linted);
    }
}
