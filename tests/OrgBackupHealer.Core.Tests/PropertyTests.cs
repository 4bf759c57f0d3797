using CsCheck;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests;

public sealed class PropertyTests
{
    private const string Managed = HealerDefaults.PolicyName;

    [Fact]
    public Task ReconcilingTwiceMakesNoWritesTheSecondTimeAndReachesTheDesiredState() =>
        OrgScenario.Gen.SampleAsync(async scenario =>
        {
            var (h, targetNames) = scenario.Build();
            var desired = h.Desired(targetNames);
            var attachedBefore = ManagedTargets(h.Org.Capture());

            await h.RunAsync(desired);
            h.Org.ResetCounters();
            var second = await h.RunAsync(desired);

            Assert.Empty(second.Plan);
            Assert.Empty(h.Org.Writes);
            Assert.Equal(3, h.Org.TotalCalls);
            var after = h.Org.Capture();
            var managed = Assert.Single(after.Policies, p => p.Type == PolicyTypes.BackupPolicy && p.Name == Managed);
            Assert.True(desired.Document.SemanticallyEquals(managed.Content));
            Assert.Equal(PolicyTypeStatus.Enabled, h.Org.PolicyTypeStatusOf(PolicyTypes.BackupPolicy));
            var desiredIds = targetNames.Select(h.Org.TargetIdOf);
            Assert.Equal(attachedBefore.Union(desiredIds).Order(StringComparer.Ordinal), managed.TargetIds);
        });

    [Fact]
    public Task NeverChangesOtherPoliciesOrOtherPolicyTypes() =>
        OrgScenario.Gen.SampleAsync(async scenario =>
        {
            var (h, targetNames) = scenario.Build();
            var before = Others(h.Org.Capture());

            await h.RunAsync(h.Desired(targetNames));

            Assert.Equal(before, Others(h.Org.Capture()));
            var managedId = h.PolicyId;
            Assert.All(h.Org.Writes, w => Assert.True(
                w.Arguments.Contains("PolicyId=" + managedId, StringComparison.Ordinal)
                || w == WriteCall.CreatePolicy(Managed)
                || w == WriteCall.EnablePolicyType(h.Org.RootId),
                $"unexpected write {w}"));
        });

    private static OrganizationPicture Others(OrganizationPicture picture) => picture
        .WithoutPolicies(p => p.Type == PolicyTypes.BackupPolicy && p.Name == Managed)
        .WithoutRootPolicyType(PolicyTypes.BackupPolicy);

    private static string[] ManagedTargets(OrganizationPicture picture) =>
        [.. picture.Policies.SingleOrDefault(p => p.Type == PolicyTypes.BackupPolicy && p.Name == Managed)?.TargetIds ?? Enumerable.Empty<string>()];
}
