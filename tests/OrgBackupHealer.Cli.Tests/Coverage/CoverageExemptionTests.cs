using System.Globalization;
using System.Text.Json;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Cli.Tests.Coverage;

/// <summary>
/// Exemptions in coverage, text and JSON: an active one lists the account as exempt (not a gap), an expired one is a
/// gap again, one that ends within 14 days is warned about.
/// </summary>
public sealed class CoverageExemptionTests
{
    [Fact]
    public async Task AnActiveExemptionIsNoGapAnExpiredOneIsAndAnExpiringOneIsWarnedAbout()
    {
        // Arrange: another team's policy overrides the (unlocked) baseline's regions on the Workloads OU, so dev-app and
        // prod-app do not have it in effect; dev-app is exempt, prod-app's exemption ended, audit's ends in five days.
        using var cli = new CliDriver();
        var sample = ShippedPolicy.HealthyOrganization();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        cli.WriteFile("unlocked.json", UnlockedBaseline.Content);
        var set = cli.WriteFile("set.json", $$"""
            { "owner": "platform", "policies": [ { "key": "baseline", "name": "{{HealerDefaults.PolicyName}}", "content": "unlocked.json", "targets": ["root"],
              "exemptions": [
                { "target": "{{sample.TargetIdOf("dev-app")}}", "reason": "migration", "owner": "team-dev", "expires": "{{Date(today.AddDays(60))}}" },
                { "target": "{{sample.TargetIdOf("prod-app")}}", "reason": "pilot over", "owner": "team-prod", "expires": "{{Date(today.AddDays(-1))}}" },
                { "target": "{{sample.TargetIdOf("audit")}}", "reason": "moving", "owner": "team-sec", "expires": "{{Date(today.AddDays(5))}}" } ] } ] }
            """);

        // Act
        var text = await cli.RunAsync("coverage", "--simulate", "--break", "child-override", "--policy-set", set);
        var json = await cli.RunAsync("coverage", "--simulate", "--break", "child-override", "--policy-set", set, "--output", "json");

        // Assert: the text
        Assert.Equal(2, text.ExitCode);
        Assert.Equal("exempt", CoverageRows.Row(text.Out, "dev-app")[3]);
        Assert.Equal("no", CoverageRows.Row(text.Out, "prod-app")[3]);
        Assert.Contains("exemption from 'baseline' ended", string.Join(" ", CoverageRows.Reasons(text.Out, "prod-app")), StringComparison.Ordinal);
        Assert.Contains("warning: exemption from 'baseline' ends", string.Join(" ", CoverageRows.Reasons(text.Out, "audit")), StringComparison.Ordinal);

        // Assert: the JSON
        var document = json.Json();
        Assert.Equal("gaps", document.GetProperty("status").GetString());
        Assert.Equal(("active", true, true), Exemption(document, "dev-app"));
        Assert.Equal(("expired", false, false), Exemption(document, "prod-app"));
        Assert.Equal(("expiring", true, true), Exemption(document, "audit"));
        var summary = document.GetProperty("summary");
        Assert.Equal((2, 1, 1), (summary.GetProperty("exempt").GetInt32(), summary.GetProperty("exemptionsExpiring").GetInt32(), summary.GetProperty("exemptionsExpired").GetInt32()));
        Assert.Equal(["baseline"], Account(document, "dev-app").GetProperty("policies").EnumerateArray().Select(p => p.GetString()));
    }

    private static (string? State, bool Exempt, bool InEffect) Exemption(JsonElement document, string name)
    {
        var account = Account(document, name);
        var exemption = Assert.Single(account.GetProperty("exemptions").EnumerateArray());
        return (exemption.GetProperty("state").GetString(), account.GetProperty("exempt").GetBoolean(), account.GetProperty("inEffect").GetBoolean());
    }

    private static JsonElement Account(JsonElement document, string name) =>
        document.GetProperty("accounts").EnumerateArray().Single(a => a.GetProperty("name").GetString() == name);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
