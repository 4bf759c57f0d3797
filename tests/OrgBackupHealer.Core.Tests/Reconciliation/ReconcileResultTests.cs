using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Tests.Reconciliation;

public sealed class ReconcileResultTests
{
    private static readonly PlannedAction s_attach = new(ActionType.AttachPolicy, "ou-ab12-cdefghij", "policy is not attached to ou-ab12-cdefghij");

    private static readonly ObservedState s_observed = new(
        new OrganizationRoot("r-ab12", "arn:aws:organizations::111111111111:root/o-abcdefghij/r-ab12", "Root", []),
        ManagedPolicy: null, Attachments: [], DesiredTargetIds: ["r-ab12"], UnreachableTargets: []);

    [Fact]
    public void ARunThatWroteNothingIsNotAHealingRun()
    {
        // Act
        var result = new ReconcileResult(HealerMode.Enforce, s_observed, [], [], []);

        // Assert
        Assert.Equal(0, result.FixesApplied);
        Assert.False(result.Healed);
    }

    [Fact]
    public void AWriteThatWasAlreadyInPlaceIsNotAFix()
    {
        // Act
        var result = new ReconcileResult(HealerMode.Enforce, s_observed, [s_attach], [new AppliedAction(s_attach, ActionOutcome.AlreadyInPlace)], []);

        // Assert
        Assert.Equal(0, result.FixesApplied);
        Assert.False(result.Healed);
    }

    [Fact]
    public void OneAppliedWriteMakesAHealingRun()
    {
        // Act
        var result = new ReconcileResult(HealerMode.Enforce, s_observed, [s_attach], [new AppliedAction(s_attach, ActionOutcome.Applied)], []);

        // Assert
        Assert.Equal(1, result.FixesApplied);
        Assert.True(result.Healed);
    }
}
