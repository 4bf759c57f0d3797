using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>validate --policy-set: a whole set checked as the function checks it at start-up.</summary>
public sealed class ValidatePolicySetTests
{
    [Fact]
    public async Task TheShippedExampleSetIsValid()
    {
        // Arrange
        using var cli = new CliDriver();
        var set = Testing.RepositoryPaths.FindAbove(Path.Combine("policies", "policy-set.json"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "policies", "backup-policy.json"), Path.Combine(cli.WorkingDirectory, "backup-policy.json"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "policies", "prod.json"), Path.Combine(cli.WorkingDirectory, "prod.json"));
        File.Copy(set, Path.Combine(cli.WorkingDirectory, "policy-set.json"));

        // Act
        var run = await cli.RunAsync("validate", "--policy-set", "policy-set.json", "--output", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(("valid", "policySet"), (run.Json().GetProperty("status").GetString(), run.Json().GetProperty("scope").GetString()));
    }

    [Fact]
    public async Task AnInvalidSetListsEveryErrorWithWhereItIsAndWhichQuestionItAnswers()
    {
        // Arrange: an unknown key, and a tier whose merge at its OU has a plan without rules.
        using var cli = new CliDriver();
        cli.WriteFile("base.json", ShippedPolicy.Content);
        cli.WriteFile("extra.json", """{"plans":{"extra":{"regions":{"@@assign":["us-east-1"]}}}}""");
        var set = cli.WriteFile("set.json", """
            { "owner": "platform", "colour": "blue", "policies": [
              { "key": "base", "name": "b", "content": "base.json", "targets": ["root"] },
              { "key": "extra", "name": "x", "content": "extra.json", "targets": ["ou-ab12-34cd56ef"] } ] }
            """);

        // Act
        var text = await cli.RunAsync("validate", "--policy-set", set);
        var json = await cli.RunAsync("validate", "--policy-set", set, "--output", "json");

        // Assert
        Assert.Equal(1, text.ExitCode);
        Assert.Contains("colour: unknown key", text.Error, StringComparison.Ordinal);
        var errors = json.Json().GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("path").GetString(), e.GetProperty("kind").GetString())).ToList();
        Assert.Contains(("colour", "rejected"), errors);
        Assert.Contains(errors, e => e.Item1!.StartsWith("policies merged at ou-ab12-34cd56ef", StringComparison.Ordinal) && e.Item2 == "incomplete");
    }

    [Fact]
    public async Task APolicySetWithAFileIsAUsageError()
    {
        using var cli = new CliDriver();

        var run = await cli.RunAsync("validate", "policy.json", "--policy-set", "set.json");

        Assert.Equal(64, run.ExitCode);
    }
}
