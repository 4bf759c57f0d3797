using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Inheritance;
using OrgBackupHealer.Core.Policies;
using static OrgBackupHealer.Core.Tests.Inheritance.PolicyPaths;

namespace OrgBackupHealer.Core.Tests.Inheritance;

public sealed class BaselineCoverageTests
{
    private const string Ou = "ou-team";

    private const string BaselineContent = """
        {"plans":{"baseline":{
          "regions":{"@@assign":["us-east-1","us-west-2"]},
          "rules":{"daily":{"target_backup_vault_name":{"@@assign":"Default"},"lifecycle":{"delete_after_days":{"@@assign":"35"}}}},
          "selections":{"tags":{"backup":{"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["true"]}}}}}}}
        """;

    private static readonly PolicyDocument s_baseline = PolicyDocument.Parse(BaselineContent, PolicyScope.Partial);
    private static readonly AttachedPolicy s_managed = Policy("Managed", BaselineContent);

    private static BaselineCoverageReport CoverageWithTeamPolicy(string teamContent, out AttachedPolicy team)
    {
        team = Policy("Team", teamContent);
        return BaselineCoverage.Compare(s_baseline, Compute(Target("r-root", s_managed), Target(Ou, team), Target("111111111111")));
    }

    [Fact]
    public void TheBaselineAloneIsIntact()
    {
        var report = BaselineCoverage.Compare(s_baseline, Compute(Target("r-root", s_managed), Target("111111111111")));

        Assert.True(report.IsIntact);
        Assert.Empty(report.BlockedAttempts);
    }

    [Fact]
    public void NarrowedRegionsAreAChangeTracedToThePolicyAndOuThatMadeIt()
    {
        var report = CoverageWithTeamPolicy("""{"plans":{"baseline":{"regions":{"@@assign":["us-east-1"]}}}}""", out var team);

        var deviation = Assert.Single(report.Deviations);
        Assert.Equal(("$.plans.baseline.regions", DeviationKind.Changed, Placement(team, Ou)), (deviation.Path, deviation.Kind, deviation.ChangedBy));
        AssertJsonEqual("""["us-east-1","us-west-2"]""", deviation.BaselineValue);
        AssertJsonEqual("""["us-east-1"]""", deviation.EffectiveValue);
    }

    [Fact]
    public void ARetentionWrittenAsANumberIsAChangeFromTheStringTheBaselineSets()
    {
        var report = CoverageWithTeamPolicy("""{"plans":{"baseline":{"rules":{"daily":{"lifecycle":{"delete_after_days":{"@@assign":35}}}}}}}""", out _);

        Assert.Equal(("$.plans.baseline.rules.daily.lifecycle.delete_after_days", DeviationKind.Changed), (Assert.Single(report.Deviations).Path, report.Deviations[0].Kind));
    }

    [Fact]
    public void AppendedRegionsAreAnExtensionNotAChange()
    {
        var report = CoverageWithTeamPolicy("""{"plans":{"baseline":{"regions":{"@@append":["eu-west-1"]}}}}""", out _);

        Assert.Equal(DeviationKind.Extended, Assert.Single(report.Deviations).Kind);
    }

    [Fact]
    public void TheSameValuesInAnotherOrderOrReassignedAreNoDeviation()
    {
        var report = CoverageWithTeamPolicy("""
            {"plans":{"baseline":{"regions":{"@@assign":["us-west-2","us-east-1"]},"rules":{"daily":{"target_backup_vault_name":{"@@assign":"Default"}}}}}}
            """, out _);

        Assert.True(report.IsIntact);
    }

    [Fact]
    public void RemovingEveryRegionIsARemovalTracedToThePolicyThatRemovedThem()
    {
        var report = CoverageWithTeamPolicy("""{"plans":{"baseline":{"regions":{"@@remove":["us-east-1","us-west-2"]}}}}""", out var team);

        var deviation = Assert.Single(report.Deviations);
        Assert.Equal(("$.plans.baseline.regions", DeviationKind.Removed, Placement(team, Ou)), (deviation.Path, deviation.Kind, deviation.ChangedBy));
        Assert.Null(deviation.EffectiveValue);
    }

    [Fact]
    public void ARuleAddedToTheBaselinePlanIsReportedAsAdded()
    {
        var report = CoverageWithTeamPolicy("""{"plans":{"baseline":{"rules":{"hourly":{"target_backup_vault_name":{"@@assign":"Other"}}}}}}""", out var team);

        var deviation = Assert.Single(report.Deviations);
        Assert.Equal(("$.plans.baseline.rules.hourly", DeviationKind.Added, Placement(team, Ou)), (deviation.Path, deviation.Kind, deviation.ChangedBy));
        Assert.Null(deviation.BaselineValue);
    }

    [Fact]
    public void APlanReplacedWholeReportsEveryBaselineKeyAgainstThePolicyThatReplacedIt()
    {
        var report = CoverageWithTeamPolicy("""{"plans":{"baseline":{"@@assign":{"regions":["eu-west-1"]}}}}""", out var team);

        Assert.Equal(
            ["$.plans.baseline.regions", "$.plans.baseline.rules", "$.plans.baseline.selections"],
            report.Deviations.Select(d => d.Path));
        Assert.All(report.Deviations, d => Assert.Equal(Placement(team, Ou), d.ChangedBy));
    }

    [Fact]
    public void PlansOfOtherPoliciesAreNotTheBaselinesConcern()
    {
        var report = CoverageWithTeamPolicy("""{"plans":{"team":{"regions":{"@@assign":["eu-west-1"]}}}}""", out _);

        Assert.True(report.IsIntact);
    }

    [Fact]
    public void WithoutTheBaselineOnThePathItsPlanIsRemovedAndNobodyIsResponsible()
    {
        var other = Policy("Other", """{"plans":{"team":{"regions":{"@@assign":["eu-west-1"]}}}}""");

        var report = BaselineCoverage.Compare(s_baseline, Compute(Target("r-root", other), Target("111111111111")));

        var deviation = Assert.Single(report.Deviations);
        Assert.Equal(("$.plans.baseline", DeviationKind.Removed, (PolicyPlacement?)null), (deviation.Path, deviation.Kind, deviation.ChangedBy));
    }

    [Fact]
    public void AnEarlierPolicyOnTheRootKeepsItsValueAndIsNamedForIt()
    {
        var earlier = Policy("Earlier", """{"plans":{"baseline":{"rules":{"daily":{"lifecycle":{"delete_after_days":{"@@assign":"7"}}}}}}}""");

        var report = BaselineCoverage.Compare(s_baseline, Compute(Target("r-root", earlier, s_managed), Target("111111111111")));

        var deviation = Assert.Single(report.Deviations);
        Assert.Equal(("$.plans.baseline.rules.daily.lifecycle.delete_after_days", Placement(earlier, "r-root")), (deviation.Path, deviation.ChangedBy));
        Assert.Equal(RefusalReason.EarlierPolicyAtSameTargetWins, Assert.Single(report.BlockedAttempts).Reason);
    }

    [Fact]
    public void ALockedBaselineTurnsAnOverrideIntoABlockedAttempt()
    {
        var locked = BaselineContent.Replace("\"baseline\":{", "\"baseline\":{\"@@operators_allowed_for_child_policies\":[\"@@none\"],", StringComparison.Ordinal);
        var team = Policy("Team", """{"plans":{"baseline":{"regions":{"@@assign":["us-east-1"]}},"team":{"regions":{"@@assign":["eu-west-1"]}}}}""");

        var report = BaselineCoverage.Compare(PolicyDocument.Parse(locked, PolicyScope.Partial), Compute(Target("r-root", Policy("Managed", locked)), Target(Ou, team)));

        Assert.True(report.IsIntact);
        var blocked = Assert.Single(report.BlockedAttempts);
        Assert.Equal(("$.plans.baseline.regions", Placement(team, Ou)), (blocked.Path, blocked.AttemptedBy));
    }

    [Fact]
    public void DeviationValuesAreCopiesTheCallerCanKeep()
    {
        var effective = Compute(Target("r-root", s_managed), Target(Ou, Policy("Team", """{"plans":{"baseline":{"regions":{"@@assign":["us-east-1"]}}}}""")));

        var deviation = Assert.Single(BaselineCoverage.Compare(s_baseline, effective).Deviations);
        effective.Document["plans"]!["baseline"]!["regions"]!.AsArray().Add((JsonNode)"eu-west-1");

        AssertJsonEqual("""["us-east-1"]""", deviation.EffectiveValue);
    }
}
