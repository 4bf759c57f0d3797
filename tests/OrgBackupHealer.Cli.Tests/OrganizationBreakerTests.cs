using System.Text.Json.Nodes;
using OrgBackupHealer.Cli.Organization;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>The hand edits --break makes: valid documents that differ from the baseline in a region, found in its first plan.</summary>
public sealed class OrganizationBreakerTests
{
    // "@@operators_allowed_for_child_policies" beside the plans comes first: it is not a plan.
    private const string Baseline = """
        {"plans":{"@@operators_allowed_for_child_policies":["@@none"],
          "first":{"regions":{"@@assign":["us-east-1"]},"rules":{}},
          "second":{"regions":{"@@assign":["ap-south-1"]}}}}
        """;

    [Fact]
    public void TamperNarrowsTheFirstPlansRegionsToARegionItDidNotList()
    {
        var tampered = JsonNode.Parse(OrganizationBreaker.Tamper(Baseline))!;

        Assert.Equal("""{"@@assign":["eu-west-1"]}""", tampered["plans"]!["first"]!["regions"]!.ToJsonString());
        Assert.Equal("""{"@@assign":["ap-south-1"]}""", tampered["plans"]!["second"]!["regions"]!.ToJsonString());
        Assert.Equal("""{}""", tampered["plans"]!["first"]!["rules"]!.ToJsonString());
    }

    [Fact]
    public void ABaselineThatAlreadyListsEuWest1IsTamperedToEuCentral1()
    {
        var tampered = JsonNode.Parse(OrganizationBreaker.Tamper(Baseline.Replace("\"us-east-1\"", "\"us-east-1\",\"eu-west-1\"", StringComparison.Ordinal)))!;

        Assert.Equal("""{"@@assign":["eu-central-1"]}""", tampered["plans"]!["first"]!["regions"]!.ToJsonString());
    }

    [Fact]
    public void TheRegionOverrideHoldsOnlyTheFirstPlansRegions()
    {
        Assert.Equal("""{"plans":{"first":{"regions":{"@@assign":["eu-west-1"]}}}}""", OrganizationBreaker.RegionOverride(Baseline));
    }

    [Fact]
    public void TooManyRulesNamesTheFirstPlanAndTheContributingPolicy()
    {
        var error = OrganizationBreaker.TooManyRules(Baseline, "p-abcd1234");

        Assert.Equal("ELEMENTS_TOO_MANY", error.ErrorCode);
        Assert.Equal("The effective policy has more rules in backup plan 'first' than AWS Backup allows in one plan", error.ErrorMessage);
        Assert.Equal("plans.first.rules", error.PathToError);
        Assert.Equal(["p-abcd1234"], error.ContributingPolicyIds);
    }
}
