using OrgBackupHealer.Core.Approvals;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Approvals;

/// <summary>The hash an approval is checked against: the same for what plans the same, different for any drift that matters.</summary>
public sealed class ObservationHashTests
{
    private static readonly OrganizationRoot s_root = new("r-ab12", "arn:aws:organizations::111111111111:root/o-abcdefghij/r-ab12", "Root", []);

    [Fact]
    public void KeyOrderAndWhitespaceOfTheContentDoNotChangeTheHash()
    {
        var a = Observed(SamplePolicies.Shipped, ["r-ab12"]);
        var b = Observed(SamplePolicies.Reformatted, ["r-ab12"]);

        Assert.Equal(ObservationHash.Of(a), ObservationHash.Of(b));
    }

    [Fact]
    public void EditedContentChangesTheHash()
    {
        Assert.NotEqual(ObservationHash.Of(Observed(SamplePolicies.Shipped, ["r-ab12"])), ObservationHash.Of(Observed(SamplePolicies.Edited, ["r-ab12"])));
    }

    [Fact]
    public void AnAttachmentGainedOrLostChangesTheHashButItsOrderDoesNot()
    {
        var attached = Observed(SamplePolicies.Shipped, ["r-ab12", "ou-ab12-11111111"]);
        var reordered = Observed(SamplePolicies.Shipped, ["ou-ab12-11111111", "r-ab12"]);
        var detached = Observed(SamplePolicies.Shipped, ["ou-ab12-11111111"]);

        Assert.Equal(ObservationHash.Of(attached), ObservationHash.Of(reordered));
        Assert.NotEqual(ObservationHash.Of(attached), ObservationHash.Of(detached));
    }

    [Fact]
    public void AMissingPolicyHashesDifferentlyFromAPresentOne()
    {
        var missing = Observed(SamplePolicies.Shipped, []) with { ManagedPolicy = null };

        Assert.NotEqual(ObservationHash.Of(missing), ObservationHash.Of(Observed(SamplePolicies.Shipped, [])));
    }

    private static ObservedState Observed(string content, IReadOnlyList<string> attachedTo)
    {
        var summary = new PolicySummary("p-abcd1234", "arn:aws:organizations::111111111111:policy/o-abcdefghij/backup_policy/p-abcd1234", "org-backup-baseline", "d", PolicyTypes.BackupPolicy, false);
        var policy = new ManagedPolicy(new ManagedPolicyId("p-abcd1234"), summary, content, PolicyIdentification.Tagged);
        return new ObservedState(s_root, policy, [.. attachedTo.Select(t => new PolicyTarget(t, "arn", t, TargetType.Root))], ["r-ab12"], []);
    }
}
