using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests;

public sealed class ReportModeTests
{
    private static readonly string[] s_targets = ["root", "Workloads"];

    public static TheoryData<string, FixType[]> Breaks => new()
    {
        { "disable-type", [FixType.PolicyTypeEnabled, FixType.PolicyReattached, FixType.PolicyReattached] },
        { "delete-policy", [FixType.PolicyRecreated, FixType.PolicyReattached, FixType.PolicyReattached] },
        { "edit-content", [FixType.ContentRestored] },
        { "detach-ou", [FixType.PolicyReattached] },
        { "detach-root", [FixType.PolicyReattached] },
    };

    [Theory]
    [MemberData(nameof(Breaks))]
    public async Task ReportsEachDriftWithoutWriting(string breakName, FixType[] expectedDrift)
    {
        var h = Harness.Healthy(s_targets);
        Break(h, breakName);
        var before = h.Org.Capture();

        var result = await h.RunAsync(h.Desired(s_targets, HealerMode.Report));

        Assert.Empty(h.Org.Writes);
        Assert.Equal(before, h.Org.Capture());
        Assert.Equal(expectedDrift, h.Metrics.Drifts);
        Assert.Equal(expectedDrift, result.Plan.Select(a => a.FixType));
        Assert.Empty(h.Metrics.AutoFixes);
        Assert.Empty(h.Snapshots.Saved);
        Assert.Empty(result.Applied);
        Assert.False(result.EndsHealthy);
    }

    [Fact]
    public async Task ReportsNothingForAHealthyOrganization()
    {
        var h = Harness.Healthy(s_targets);

        var result = await h.RunAsync(h.Desired(s_targets, HealerMode.Report));

        Assert.Empty(h.Metrics.Drifts);
        Assert.True(result.EndsHealthy);
    }

    private static void Break(Harness h, string breakName)
    {
        switch (breakName)
        {
            case "disable-type":
                h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
                break;
            case "delete-policy":
                h.Org.DeletePolicy(h.PolicyId);
                break;
            case "edit-content":
                h.Org.EditPolicyContent(h.PolicyId, SamplePolicies.Edited);
                break;
            case "detach-ou":
                h.Org.DetachPolicy(h.PolicyId, h.Org.TargetIdOf("Workloads"));
                break;
            case "detach-root":
                h.Org.DetachPolicy(h.PolicyId, h.Org.RootId);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakName), breakName, null);
        }
    }
}
