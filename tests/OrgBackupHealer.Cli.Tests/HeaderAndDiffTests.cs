using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>Issue 14 item 5: the report says which organization, account and policy file, and shows content drift as a diff.</summary>
public sealed class HeaderAndDiffTests
{
    private static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "policies", "backup-policy.json");

    [Fact]
    public async Task TheHeaderNamesTheOrganizationTheManagementAccountAndThePolicyFile()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("plan");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Organization:    {organization.OrganizationId} (management account {organization.ManagementAccountId}), root {organization.RootId}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"desired content from {ShippedPath} (the copy shipped with the tool)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APolicyFileInTheWorkingDirectoryIsNamedAsTheOneInUse()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        using var cli = new CliDriver(organization);
        Directory.CreateDirectory(Path.Combine(cli.WorkingDirectory, "policies"));
        var local = cli.WriteFile(Path.Combine("policies", "backup-policy.json"), OrganizationBreaker.Tamper(ShippedPolicy.Content));

        var run = await cli.RunAsync("plan", "--output", "json");

        var policy = run.Json().GetProperty("policy");
        Assert.Equal((local, "workingDirectory"), (policy.GetProperty("source").GetString(), policy.GetProperty("origin").GetString()));
        Assert.Contains($"desired content from {local} (found in the working directory; --policy-file chooses another)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentDriftIsShownByJsonPathWithTheDesiredAndActualValues()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.EditPolicyContent(ShippedPolicy.PolicyId(organization), OrganizationBreaker.Tamper(ShippedPolicy.Content));
        using var cli = new CliDriver(organization);

        var table = await cli.RunAsync("plan");
        var json = await cli.RunAsync("plan", "--output", "json");

        const string regions = "$.plans.org-backup-baseline.regions.@@assign";
        const string regionsLock = "$.plans.org-backup-baseline.regions.@@operators_allowed_for_child_policies";
        Assert.Contains("Content of 'org-backup-baseline' differs at 2 JSON path(s):", table.Out, StringComparison.Ordinal);
        Assert.Contains($"  {regions}\n    desired: [\"us-east-1\",\"us-west-2\"]\n    actual:  [\"eu-west-1\"]\n", table.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"  {regionsLock}\n    desired: [\"@@none\"]\n    actual:  (absent)\n", table.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var changes = Assert.Single(json.Json().GetProperty("actions").EnumerateArray()).GetProperty("contentChanges").EnumerateArray().ToList();
        Assert.Equal([regions, regionsLock], changes.Select(c => c.GetProperty("path").GetString()));
        Assert.Equal(("[\"us-east-1\",\"us-west-2\"]", "[\"eu-west-1\"]"), (changes[0].GetProperty("desired").GetString(), changes[0].GetProperty("actual").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, changes[1].GetProperty("actual").ValueKind);
    }

    [Fact]
    public async Task TheConfirmationPromptNamesTheOrganizationAndTheAccount()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.EditPolicyContent(ShippedPolicy.PolicyId(organization), OrganizationBreaker.Tamper(ShippedPolicy.Content));
        using var cli = new CliDriver(organization);

        var run = await cli.RunAsync("n\n", interactive: true, "heal");

        Assert.Contains($"Apply these 1 change(s) to organization {organization.OrganizationId} (management account {organization.ManagementAccountId})? [y/N]", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("http", run.Error, StringComparison.Ordinal);
    }
}
