using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Resilience;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests;

/// <summary>Other writers between observe and apply, and service errors on the healer's own calls.</summary>
public sealed class RaceAndFaultTests
{
    private static readonly string[] s_targets = ["root", "Workloads"];

    [Fact]
    public async Task UsesThePolicyAnotherWriterCreatedFirst()
    {
        var h = Harness.Healthy(s_targets);
        var healthy = h.Org.Capture();
        var (root, ou) = (h.Org.RootId, h.Org.TargetIdOf("Workloads"));
        h.Org.DeletePolicy(h.PolicyId);
        string? winner = null;
        h.Org.BeforeOperation("CreatePolicy", () => winner = h.Org.CreatePolicy(
            PolicyTypes.BackupPolicy, Harness.PolicyName, SamplePolicies.Reformatted, HealerDefaults.PolicyDescription,
            PolicyIdentity.Default.Tags));

        var result = await h.RunAsync(h.Desired(s_targets));

        Assert.Equal(
            [
                WriteCall.CreatePolicy(Harness.PolicyName, errorCode: "DuplicatePolicyException"),
                WriteCall.AttachPolicy(winner!, root), WriteCall.AttachPolicy(winner!, ou),
            ],
            h.Org.Writes);
        Assert.Equal(ActionOutcome.AlreadyInPlace, result.Applied[0].Outcome);
        Assert.Equal([FixType.PolicyReattached, FixType.PolicyReattached], h.Metrics.AutoFixes);
        Assert.Equal(2, h.Org.CallsOf("ListPolicies"));
        Assert.Equal(healthy.Policies.Count, h.Org.Capture().Policies.Count);
    }

    [Fact]
    public async Task RestoresContentOfAPolicyAnotherHealerCreatedWithOtherContent()
    {
        // Arrange: another healer (an older deployment) wins the race with its own document.
        var h = Harness.Healthy(s_targets);
        h.Org.DeletePolicy(h.PolicyId);
        string? winner = null;
        h.Org.BeforeOperation("CreatePolicy", () => winner = h.Org.CreatePolicy(
            PolicyTypes.BackupPolicy, Harness.PolicyName, SamplePolicies.Edited, HealerDefaults.PolicyDescription, ManagedTags));

        // Act
        await h.RunAsync(h.Desired(s_targets));

        // Assert
        Assert.Equal(
            [
                WriteCall.CreatePolicy(Harness.PolicyName, errorCode: "DuplicatePolicyException"), WriteCall.UpdatePolicy(winner!),
                WriteCall.AttachPolicy(winner!, h.Org.RootId), WriteCall.AttachPolicy(winner!, h.Org.TargetIdOf("Workloads")),
            ],
            h.Org.Writes);
        Assert.Equal(SamplePolicies.Shipped, h.Org.Capture().Policies.Single(p => p.Id == winner).Content);
        Assert.Equal([FixType.ContentRestored, FixType.PolicyReattached, FixType.PolicyReattached], h.Metrics.AutoFixes);
    }

    [Fact]
    public async Task StopsWithAnOwnershipConflictWhenSomeoneElseTakesTheNameDuringTheRace()
    {
        // Arrange: a person creates an untagged policy with the managed name between observe and create.
        var h = Harness.Healthy(s_targets);
        h.Org.DeletePolicy(h.PolicyId);
        h.Org.BeforeOperation("CreatePolicy", () => h.Org.CreatePolicy(PolicyTypes.BackupPolicy, Harness.PolicyName, SamplePolicies.Edited));
        h.Org.ResetCounters();

        // Act
        var error = await Assert.ThrowsAsync<ReconcileException>(() => h.RunAsync(h.Desired(s_targets)));

        // Assert
        Assert.True(error.IsTerminal);
        Assert.Equal(FailureReasons.OwnershipConflict, error.Diagnosis.Reason);
        Assert.Equal([WriteCall.CreatePolicy(Harness.PolicyName, errorCode: "DuplicatePolicyException")], h.Org.Writes);
    }

    [Fact]
    public async Task AnAttachDeniedForOneTargetLeavesTheOthersAttached()
    {
        // Arrange
        var h = Harness.Healthy(s_targets);
        var (root, ou) = (h.Org.RootId, h.Org.TargetIdOf("Workloads"));
        h.Org.DetachPolicy(h.PolicyId, root);
        h.Org.DetachPolicy(h.PolicyId, ou);
        h.Org.InjectFault("AttachPolicy", OrganizationsErrorCodes.AccessDenied, count: 1, message: "explicit deny in a service control policy");

        // Act
        var result = await h.RunAsync(h.Desired(s_targets));

        // Assert
        var unreachable = Assert.Single(result.UnreachableTargets);
        Assert.Equal((root, UnreachableReasons.AccessDenied), (unreachable.TargetId, unreachable.Reason));
        Assert.Contains("explicit deny in a service control policy", unreachable.Message, StringComparison.Ordinal);
        Assert.Equal(ReconcileOutcome.Degraded, result.Outcome);
        Assert.Contains(ou, h.Org.Capture().Policies.Single(p => p.Id == h.PolicyId).TargetIds);
    }

    [Fact]
    public async Task RecreatesAPolicyDeletedBetweenItsDescribeAndItsTargetList()
    {
        var h = Harness.Healthy(s_targets);
        h.Org.BeforeOperation("ListTargetsForPolicy", () => h.Org.DeletePolicy(h.PolicyId));

        var result = await h.RunAsync(h.Desired(s_targets));

        Assert.Null(result.Observed.ManagedPolicy);
        Assert.Equal(
            [ActionType.CreatePolicy, ActionType.AttachPolicy, ActionType.AttachPolicy],
            result.Applied.Select(a => a.Action.Type));
        Assert.Equal(1, h.Org.Capture().Policies.Count(p => p.Name == Harness.PolicyName));
    }

    [Fact]
    public async Task TreatsAnAttachmentAnotherWriterMadeFirstAsSuccess()
    {
        var h = Harness.Healthy(s_targets);
        var healthy = h.Org.Capture();
        var (policyId, ou) = (h.PolicyId, h.Org.TargetIdOf("Workloads"));
        h.Org.DetachPolicy(policyId, ou);
        h.Org.BeforeOperation("AttachPolicy", () => h.Org.AttachPolicy(policyId, ou));

        var result = await h.RunAsync(h.Desired(s_targets));

        Assert.Equal([WriteCall.AttachPolicy(policyId, ou, "DuplicatePolicyAttachmentException")], h.Org.Writes);
        Assert.Equal(ActionOutcome.AlreadyInPlace, Assert.Single(result.Applied).Outcome);
        Assert.Empty(h.Metrics.AutoFixes);
        Assert.Equal(healthy, h.Org.Capture());
    }

    [Fact]
    public async Task TreatsPolicyTypeAlreadyEnabledAsSuccess()
    {
        var h = Harness.Healthy(s_targets);
        var healthy = h.Org.Capture();
        var (policyId, root, ou) = (h.PolicyId, h.Org.RootId, h.Org.TargetIdOf("Workloads"));
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        h.Org.BeforeOperation("EnablePolicyType", () => h.Org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy));

        await h.RunAsync(h.Desired(s_targets));

        Assert.Equal(
            [
                WriteCall.EnablePolicyType(root, errorCode: "PolicyTypeAlreadyEnabledException"),
                WriteCall.AttachPolicy(policyId, root), WriteCall.AttachPolicy(policyId, ou),
            ],
            h.Org.Writes);
        Assert.Equal([FixType.PolicyReattached, FixType.PolicyReattached], h.Metrics.AutoFixes);
        Assert.Equal(healthy, h.Org.Capture());
    }

    [Theory]
    [InlineData(OrganizationsErrorCodes.TooManyRequests)]
    [InlineData(OrganizationsErrorCodes.ConcurrentModification)]
    [InlineData(OrganizationsErrorCodes.PolicyChangesInProgress)]
    [InlineData(OrganizationsErrorCodes.ServiceException)]
    public async Task RetriesRetryableErrorsOnEveryWriteAndConverges(string errorCode)
    {
        var h = Harness.Healthy(s_targets);
        var (root, ou) = (h.Org.RootId, h.Org.TargetIdOf("Workloads"));
        h.Org.DeletePolicy(h.PolicyId);
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        foreach (var operation in new[] { "EnablePolicyType", "CreatePolicy", "AttachPolicy", "ListRoots", "ListPolicies" })
        {
            h.Org.InjectFault(operation, errorCode, count: 2);
        }

        var result = await h.RunAsync(h.Desired(s_targets));

        var policyId = h.PolicyId;
        Assert.True(result.EndsHealthy);
        Assert.Equal(
            [
                WriteCall.EnablePolicyType(root), WriteCall.CreatePolicy(Harness.PolicyName),
                WriteCall.AttachPolicy(policyId, root), WriteCall.AttachPolicy(policyId, ou),
            ],
            h.Org.Writes.Where(w => w.Succeeded));
        Assert.Equal(6, h.Org.Writes.Count(w => !w.Succeeded));
        Assert.All(h.Org.Writes.Where(w => !w.Succeeded), w => Assert.Equal(errorCode, w.ErrorCode));
        await AssertHealthyAsync(h);
    }

    [Fact]
    public async Task RetriesConcurrentModificationOnUpdate()
    {
        var h = Harness.Healthy(s_targets);
        var policyId = h.PolicyId;
        h.Org.EditPolicyContent(policyId, SamplePolicies.Edited);
        h.Org.InjectFault("UpdatePolicy", OrganizationsErrorCodes.ConcurrentModification, count: 3);

        await h.RunAsync(h.Desired(s_targets));

        Assert.Equal(4, h.Org.CallsOf("UpdatePolicy"));
        Assert.Equal([FixType.ContentRestored], h.Metrics.AutoFixes);
        await AssertHealthyAsync(h);
    }

    [Fact]
    public async Task StopsWhenRetriesAreExhausted()
    {
        var h = Harness.Healthy(s_targets);
        h.Org.DetachPolicy(h.PolicyId, h.Org.RootId);
        h.Org.InjectFault("AttachPolicy", OrganizationsErrorCodes.TooManyRequests, count: 100);

        var error = await Assert.ThrowsAsync<ReconcileException>(() => h.RunAsync(h.Desired(s_targets)));

        Assert.Equal(new RetryOptions().MaxAttempts, h.Org.CallsOf("AttachPolicy"));
        Assert.Contains("kept failing with TooManyRequestsException after retries", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AttachPolicy", OrganizationsErrorCodes.ConstraintViolation, "AttachPolicy hit an Organizations limit")]
    [InlineData("UpdatePolicy", OrganizationsErrorCodes.MalformedPolicyDocument, "UpdatePolicy was refused because the policy document is malformed")]
    [InlineData("UpdatePolicy", OrganizationsErrorCodes.AccessDenied, "UpdatePolicy was denied")]
    public async Task StopsAtOnceOnANonRetryableErrorWithAnOperatorMessage(string operation, string errorCode, string expectedMessage)
    {
        var h = Harness.Healthy(s_targets);
        var policyId = h.PolicyId;
        h.Org.EditPolicyContent(policyId, SamplePolicies.Edited);
        h.Org.DetachPolicy(policyId, h.Org.RootId);
        h.Org.InjectFault(operation, errorCode, count: 1, message: "the reason");

        var error = await Assert.ThrowsAsync<ReconcileException>(() => h.RunAsync(h.Desired(s_targets)));

        Assert.StartsWith(expectedMessage, error.Message, StringComparison.Ordinal);
        Assert.Contains("the reason", error.Message, StringComparison.Ordinal);
        Assert.Equal(errorCode, error.ErrorCode);
        Assert.Equal(1, h.Org.CallsOf(operation));
        Assert.Equal(h.Org.Writes.Count(w => w.Succeeded), error.Applied.Count);
    }

    [Fact]
    public async Task StopsWithAnOperatorMessageWhenReadsAreDenied()
    {
        var h = Harness.Healthy(s_targets);
        h.Org.InjectFault("ListPolicies", OrganizationsErrorCodes.AccessDenied);

        var error = await Assert.ThrowsAsync<ReconcileException>(() => h.RunAsync(h.Desired(s_targets)));

        Assert.StartsWith("Reading the organization was denied", error.Message, StringComparison.Ordinal);
        Assert.Empty(h.Org.Writes);
        Assert.Empty(h.Snapshots.Saved);
    }

    private static IReadOnlyDictionary<string, string> ManagedTags => PolicyIdentity.Default.Tags;

    private static async Task AssertHealthyAsync(Harness h)
    {
        h.Org.ResetCounters();
        var again = await h.RunAsync(h.Desired(s_targets));
        Assert.Empty(again.Plan);
        Assert.Empty(h.Org.Writes);
    }
}
