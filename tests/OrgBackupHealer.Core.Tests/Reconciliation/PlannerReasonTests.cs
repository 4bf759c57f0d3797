using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Reconciliation;

/// <summary>The reason each planned write gives: the drift report and the logs show it to the operator.</summary>
public sealed class PlannerReasonTests
{
    private const string RootId = "r-ab12";
    private const string OuId = "ou-ab12-cdefghij";
    private const string PolicyId = "p-abcdefgh";

    private static readonly DesiredState s_desired = DesiredState.For(
        HealerDefaults.PolicyName, PolicyDocument.Parse(SamplePolicies.Shipped), [DesiredState.RootTarget, OuId], HealerMode.Enforce);

    [Fact]
    public void ATypeThatIsNotListedIsNotEnabled()
    {
        // Act
        var plan = ReconcilePlanner.Plan(s_desired, Observed(status: null, Managed()));

        // Assert
        var enable = plan[0];
        Assert.Equal(ActionType.EnablePolicyType, enable.Type);
        Assert.Equal(RootId, enable.Target);
        Assert.Equal("BACKUP_POLICY is not enabled on the root", enable.Reason);
    }

    [Fact]
    public void ATypeBeingDisabledIsNamedByItsStatus()
    {
        // Act
        var plan = ReconcilePlanner.Plan(s_desired, Observed(PolicyTypeStatus.PendingDisable, Managed()));

        // Assert
        Assert.Equal("BACKUP_POLICY is PENDING_DISABLE on the root", plan[0].Reason);
    }

    [Fact]
    public void AMissingPolicyIsCreatedUnderTheDesiredName()
    {
        // Act
        var plan = ReconcilePlanner.Plan(s_desired, Observed(PolicyTypeStatus.Enabled, managed: null));

        // Assert
        var create = Assert.Single(plan, a => a.Type == ActionType.CreatePolicy);
        Assert.Equal(HealerDefaults.PolicyName, create.Target);
        Assert.Equal("no BACKUP_POLICY carries the tags of entry 'default'", create.Reason);
    }

    [Theory]
    [InlineData(true, PolicyTypeStatus.Enabled, "policy is not attached to {0}")]
    [InlineData(true, PolicyTypeStatus.PendingEnable, "BACKUP_POLICY is not ENABLED, so the policy is not in effect on {0}")]
    [InlineData(true, null, "BACKUP_POLICY is not ENABLED, so the policy is not in effect on {0}")]
    [InlineData(false, null, "policy is not attached to {0}")]
    [InlineData(false, PolicyTypeStatus.PendingEnable, "policy is not attached to {0}")]
    public void AnAttachSaysWhetherThePolicyIsDetachedOrOnlyNotInEffect(bool policyExists, PolicyTypeStatus? status, string reason)
    {
        // Act
        var plan = ReconcilePlanner.Plan(s_desired, Observed(status, policyExists ? Managed() : null));

        // Assert
        var attaches = plan.Where(a => a.Type == ActionType.AttachPolicy).ToList();
        Assert.Equal([RootId, OuId], attaches.Select(a => a.Target));
        Assert.Equal([string.Format(null, reason, RootId), string.Format(null, reason, OuId)], attaches.Select(a => a.Reason));
    }

    [Fact]
    public void ARenamedPolicyIsNamedByItsIdAndCurrentName()
    {
        // Act
        var rename = Assert.Single(ReconcilePlanner.PolicyActions(s_desired, Managed(name: "someone-renamed-it")));

        // Assert
        Assert.Equal(ActionType.RenamePolicy, rename.Type);
        Assert.Equal(HealerDefaults.PolicyName, rename.Target);
        Assert.Equal("the managed policy p-abcdefgh is named 'someone-renamed-it'", rename.Reason);
    }

    [Fact]
    public void AChangedDescriptionAloneIsSaidToBeOnlyThat()
    {
        // Act
        var rename = Assert.Single(ReconcilePlanner.PolicyActions(s_desired, Managed(description: "edited by hand")));

        // Assert
        Assert.Equal(ActionType.RenamePolicy, rename.Type);
        Assert.Equal("the policy description was changed", rename.Reason);
    }

    [Fact]
    public void ChangedContentSaysHowManyPathsDiffer()
    {
        // Act
        var update = Assert.Single(ReconcilePlanner.PolicyActions(s_desired, Managed(content: SamplePolicies.Edited)));

        // Assert
        Assert.Equal(ActionType.UpdatePolicy, update.Type);
        Assert.Equal(HealerDefaults.PolicyName, update.Target);
        Assert.NotEmpty(update.ContentChanges);
        Assert.Equal($"policy content differs from the desired document at {update.ContentChanges.Count} path(s)", update.Reason);
        Assert.Equal(s_desired.Document.ChangesFrom(SamplePolicies.Edited).Count, update.ContentChanges.Count);
    }

    [Fact]
    public void AnActionTypeWithoutAFixTypeIsAProgrammingError()
    {
        Assert.Throws<System.Diagnostics.UnreachableException>(() => new PlannedAction((ActionType)99, "x", "y").FixType);
    }

    private static ManagedPolicy Managed(
        string name = HealerDefaults.PolicyName, string description = HealerDefaults.PolicyDescription, string? content = null) =>
        new(new ManagedPolicyId(PolicyId),
            new PolicySummary(PolicyId, $"arn:aws:organizations::111111111111:policy/o-abcdefghij/backup_policy/{PolicyId}", name, description, PolicyTypes.BackupPolicy, AwsManaged: false),
            content ?? SamplePolicies.Shipped,
            PolicyIdentification.Tagged);

    private static ObservedState Observed(PolicyTypeStatus? status, ManagedPolicy? managed) => new(
        new OrganizationRoot(RootId, $"arn:aws:organizations::111111111111:root/o-abcdefghij/{RootId}", "Root",
            status is { } s ? [new PolicyTypeSummary(PolicyTypes.BackupPolicy, s)] : []),
        managed,
        Attachments: [],
        DesiredTargetIds: [RootId, OuId],
        UnreachableTargets: []);
}
