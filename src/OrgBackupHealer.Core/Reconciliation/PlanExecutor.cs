using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// Applies a plan in order. Answers that mean "already so" count as success; a duplicate create means another
/// invocation won the race, so the policy is re-read and the remaining steps use it.
/// </summary>
internal sealed class PlanExecutor(IOrganizationsPort organizations, StateObserver observer, TimeProvider time, ReconcilerOptions options)
{
    public async Task ApplyAsync(
        DesiredState desired,
        ObservedState observed,
        IReadOnlyList<PlannedAction> plan,
        Action<PlannedAction> onStarting,
        Action<AppliedAction> onApplied,
        CancellationToken cancellationToken)
    {
        var policyId = observed.ManagedPolicy?.Summary.Id;
        var typeEnabled = observed.BackupPolicyStatus == PolicyTypeStatus.Enabled;
        foreach (var action in plan)
        {
            onStarting(action);
            switch (action.Type)
            {
                case ActionType.EnablePolicyType:
                    var (enableOutcome, enabledNow) = await EnableAsync(action.Target, cancellationToken).ConfigureAwait(false);
                    typeEnabled = enabledNow;
                    onApplied(new(action, enableOutcome));
                    break;
                case ActionType.CreatePolicy:
                    (policyId, var outcome) = await CreateAsync(desired, onApplied, cancellationToken).ConfigureAwait(false);
                    onApplied(new(action, outcome));
                    break;
                case ActionType.UpdatePolicy:
                    await organizations.UpdatePolicyContentAsync(RequireId(policyId), desired.Document.Content, cancellationToken).ConfigureAwait(false);
                    onApplied(new(action, ActionOutcome.Applied));
                    break;
                case ActionType.AttachPolicy:
                    if (!typeEnabled)
                    {
                        await WaitUntilEnabledAsync(cancellationToken).ConfigureAwait(false);
                        typeEnabled = true;
                    }

                    onApplied(new(action, await AttachAsync(RequireId(policyId), action.Target, cancellationToken).ConfigureAwait(false)));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown action {action.Type}.");
            }
        }
    }

    private static string RequireId(string? policyId) =>
        policyId ?? throw new InvalidOperationException("The managed policy id is unknown; the plan is out of order.");

    /// <returns>
    /// The outcome, and whether the answer already shows BACKUP_POLICY ENABLED: then no ListRoots poll is needed
    /// before attaching. "Already enabled" says nothing about PENDING_ENABLE, so it still polls.
    /// </returns>
    private async Task<(ActionOutcome Outcome, bool Enabled)> EnableAsync(string rootId, CancellationToken cancellationToken)
    {
        try
        {
            var root = await organizations.EnableBackupPolicyTypeAsync(rootId, cancellationToken).ConfigureAwait(false);
            return (ActionOutcome.Applied, root.BackupPolicyStatus == PolicyTypeStatus.Enabled);
        }
        catch (OrganizationsException e) when (e.ErrorCode == OrganizationsErrorCodes.PolicyTypeAlreadyEnabled)
        {
            return (ActionOutcome.AlreadyInPlace, false);
        }
    }

    private async Task<(string PolicyId, ActionOutcome Outcome)> CreateAsync(
        DesiredState desired, Action<AppliedAction> onApplied, CancellationToken cancellationToken)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal) { [desired.Tag.Key] = desired.Tag.Value };
        try
        {
            var created = await organizations.CreateBackupPolicyAsync(
                new NewPolicy(desired.PolicyName, desired.Description, desired.Document.Content, tags), cancellationToken).ConfigureAwait(false);
            return (created.Id, ActionOutcome.Applied);
        }
        catch (OrganizationsException e) when (e.ErrorCode == OrganizationsErrorCodes.DuplicatePolicy)
        {
            var existing = await observer.FindManagedPolicyAsync(desired.PolicyName, cancellationToken).ConfigureAwait(false)
                ?? throw new OrganizationsException(OrganizationsErrorCodes.DuplicatePolicy,
                    $"A policy named '{desired.PolicyName}' exists but is not a customer-managed BACKUP_POLICY the healer can use.", innerException: e);
            if (!desired.Document.SemanticallyEquals(existing.Content))
            {
                await organizations.UpdatePolicyContentAsync(existing.Summary.Id, desired.Document.Content, cancellationToken).ConfigureAwait(false);
                var restore = new PlannedAction(ActionType.UpdatePolicy, desired.PolicyName, FixType.ContentRestored,
                    "another writer created the policy with other content");
                onApplied(new(restore, ActionOutcome.Applied));
            }

            return (existing.Summary.Id, ActionOutcome.AlreadyInPlace);
        }
    }

    private async Task<ActionOutcome> AttachAsync(string policyId, string targetId, CancellationToken cancellationToken)
    {
        try
        {
            await organizations.AttachPolicyAsync(policyId, targetId, cancellationToken).ConfigureAwait(false);
            return ActionOutcome.Applied;
        }
        catch (OrganizationsException e) when (e.ErrorCode == OrganizationsErrorCodes.DuplicatePolicyAttachment)
        {
            return ActionOutcome.AlreadyInPlace;
        }
    }

    /// <summary>EnablePolicyType is asynchronous: attaching before ENABLED fails with PolicyTypeNotEnabledException.</summary>
    private async Task WaitUntilEnabledAsync(CancellationToken cancellationToken)
    {
        var delay = options.EnablePollInitialDelay;
        while (true)
        {
            var root = await observer.ReadRootAsync(cancellationToken).ConfigureAwait(false);
            if (root.BackupPolicyStatus == PolicyTypeStatus.Enabled)
            {
                return;
            }

            if (root.BackupPolicyStatus is null)
            {
                throw new OrganizationsException(OrganizationsErrorCodes.PolicyTypeNotEnabled,
                    "BACKUP_POLICY is no longer enabled on the root while waiting for it; another actor disabled it.");
            }

            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.EnablePollMaxDelay.Ticks));
        }
    }
}
