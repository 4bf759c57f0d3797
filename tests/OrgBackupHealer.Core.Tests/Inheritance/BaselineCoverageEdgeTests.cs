using OrgBackupHealer.Core.Inheritance;
using static OrgBackupHealer.Core.Tests.Inheritance.PolicyPaths;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>
/// Coverage reports at the edges: a baseline with no plans or with several, an effective policy that spells the
/// baseline's keys differently, and a key added inside a plan that a child replaced whole.
/// </summary>
public sealed class BaselineCoverageEdgeTests
{
    private const string Ou = "ou-team";

    private static readonly AttachedPolicy s_lockedTeamPlan = Policy("Locks", """
        {"plans":{"team":{"@@operators_allowed_for_child_policies":["@@none"],"regions":{"@@assign":["us-east-1"]}}}}
        """);

    [Fact]
    public void ABaselineWithoutPlansHasNothingToDeviateFromAndClaimsNoBlockedAttempt()
    {
        // Arrange: the effective policy holds a refused change, but in no plan of the baseline.
        var effective = Compute(
            Target("r-root", s_lockedTeamPlan),
            Target(Ou, Policy("Team", """{"plans":{"team":{"regions":{"@@assign":["eu-west-1"]}}}}""")));
        Assert.Single(effective.Refusals);

        // Act
        var report = BaselineCoverage.Compare("{}", effective);

        // Assert
        Assert.Empty(report.Deviations);
        Assert.Empty(report.BlockedAttempts);
    }

    [Fact]
    public void ABlockedAttemptInAnyOfTheBaselinesPlansIsReported()
    {
        // Arrange: the baseline defines two plans; only the second one is locked and overridden.
        const string TwoPlans = """
            {"plans":{
              "first":{"regions":{"@@assign":["us-east-1"]}},
              "second":{"@@operators_allowed_for_child_policies":["@@none"],"regions":{"@@assign":["us-east-1"]}}}}
            """;
        var team = Policy("Team", """{"plans":{"second":{"regions":{"@@assign":["eu-west-1"]}}}}""");
        var effective = Compute(Target("r-root", Policy("Managed", TwoPlans)), Target(Ou, team));

        // Act
        var report = BaselineCoverage.Compare(TwoPlans, effective);

        // Assert
        Assert.True(report.IsIntact);
        var blocked = Assert.Single(report.BlockedAttempts);
        Assert.Equal(("$.plans.second.regions", Placement(team, Ou)), (blocked.Path, blocked.AttemptedBy));
    }

    [Fact]
    public void PathsUseTheEffectivePolicysSpellingOfThePlanAndItsKeys()
    {
        // Arrange: the policy on the root spells the plan and its regions key in capitals.
        const string Baseline = """{"plans":{"baseline":{"regions":{"@@assign":["us-east-1","us-west-2"]}}}}""";
        var shouted = Policy("Shouted", """{"plans":{"BASELINE":{"REGIONS":{"@@assign":["us-east-1"]}}}}""");

        // Act
        var report = BaselineCoverage.Compare(Baseline, Compute(Target("r-root", shouted)));

        // Assert
        var deviation = Assert.Single(report.Deviations);
        Assert.Equal(
            ("$.plans.BASELINE.REGIONS", DeviationKind.Changed, Placement(shouted, "r-root")),
            (deviation.Path, deviation.Kind, deviation.ChangedBy));
    }

    [Fact]
    public void AKeyAddedInsideAPlanReplacedWholeIsTracedToThePolicyThatReplacedIt()
    {
        // Arrange: the team's @@assign brings a key the baseline plan does not have; nothing inside it has an origin
        // of its own, only the replaced plan does.
        const string Baseline = """{"plans":{"baseline":{"regions":{"@@assign":["us-east-1"]}}}}""";
        var team = Policy("Team", """{"plans":{"baseline":{"@@assign":{"regions":["us-east-1"],"advanced_backup_settings":{"ec2":{"WindowsVSS":"enabled"}}}}}}""");

        // Act
        var report = BaselineCoverage.Compare(
            Baseline,
            Compute(Target("r-root", Policy("Managed", Baseline)), Target(Ou, team)));

        // Assert
        var deviation = Assert.Single(report.Deviations);
        Assert.Equal(
            ("$.plans.baseline.advanced_backup_settings", DeviationKind.Added, Placement(team, Ou)),
            (deviation.Path, deviation.Kind, deviation.ChangedBy));
        AssertJsonEqual("""{"ec2":{"WindowsVSS":"enabled"}}""", deviation.EffectiveValue);
    }
}
