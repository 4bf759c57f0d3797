using System.Diagnostics;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// Applies a plan in order. Answers that mean "already so" count as success; a duplicate create means another
/// invocation won the race, so the winner's policy is found by its tags and checked like any other. Each target is
/// attached on its own: one that cannot be reached is recorded and the others still get the policy. A policy known
/// only by the id learnt earlier has its tags read again before its first write: one whose tags no longer name the
/// entry is not written (<see cref="OwnershipLostException"/>).
/// </summary>
internal sealed class PlanExecutor(IOrganizationsPort organizations, StateObserver observer, TimeProvider time, ReconcilerOptions options)
{
    public async Task ApplyAsync(PolicySet set, DesiredState desired, IReadOnlyList<PlannedAction> plan, ApplyProgress progress, CancellationToken cancellationToken)
    {
        foreach (var action in plan)
        {
            progress.Step = action.Type.ToString();
            switch (action.Type)
            {
                case ActionType.EnablePolicyType:
                    await EnableAsync(action, progress, cancellationToken).ConfigureAwait(false);
                    break;
                case ActionType.TagPolicy:
                    await organizations.TagManagedPolicyAsync(RequireId(progress), desired.Identity.Tags, cancellationToken).ConfigureAwait(false);
                    progress.OwnershipConfirmed = true;
                    progress.Record(action, ActionOutcome.Applied);
                    break;
                case ActionType.CreatePolicy:
                    await CreateAsync(set, desired, action, progress, cancellationToken).ConfigureAwait(false);
                    break;
                case ActionType.RenamePolicy:
                    await ConfirmOwnershipAsync(desired, progress, cancellationToken).ConfigureAwait(false);
                    await organizations.UpdateManagedPolicyAsync(RequireId(progress), new PolicyUpdate(desired.PolicyName, desired.Description), cancellationToken).ConfigureAwait(false);
                    progress.Record(action, ActionOutcome.Applied);
                    break;
                case ActionType.UpdatePolicy:
                    await ConfirmOwnershipAsync(desired, progress, cancellationToken).ConfigureAwait(false);
                    await organizations.UpdateManagedPolicyAsync(RequireId(progress), new PolicyUpdate(Content: desired.Document.Content), cancellationToken).ConfigureAwait(false);
                    progress.Record(action, ActionOutcome.Applied);
                    break;
                case ActionType.AttachPolicy:
                    await AttachAsync(desired, action, progress, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new UnreachableException();
            }
        }
    }

    private static ManagedPolicyId RequireId(ApplyProgress progress) => progress.PolicyId ?? throw new UnreachableException();

    private async Task ConfirmOwnershipAsync(DesiredState desired, ApplyProgress progress, CancellationToken cancellationToken)
    {
        if (progress.OwnershipConfirmed)
        {
            return;
        }

        if (!await observer.Locator.StillCarriesAsync(RequireId(progress), desired.Identity, cancellationToken).ConfigureAwait(false))
        {
            throw new OwnershipLostException(RequireId(progress).Value, desired);
        }

        progress.OwnershipConfirmed = true;
    }

    /// <summary>
    /// Records whether the answer already shows BACKUP_POLICY ENABLED: then no ListRoots poll is needed before
    /// attaching. "Already enabled" says nothing about PENDING_ENABLE, so it still polls.
    /// </summary>
    private async Task EnableAsync(PlannedAction action, ApplyProgress progress, CancellationToken cancellationToken)
    {
        try
        {
            var root = await organizations.EnableBackupPolicyTypeAsync(action.Target, cancellationToken).ConfigureAwait(false);
            progress.TypeEnabled = root.BackupPolicyStatus == PolicyTypeStatus.Enabled;
            progress.Record(action, ActionOutcome.Applied);
        }
        catch (OrganizationsException e) when (e.ErrorCode == OrganizationsErrorCodes.PolicyTypeAlreadyEnabled)
        {
            progress.TypeEnabled = false;
            progress.Record(action, ActionOutcome.AlreadyInPlace);
        }
    }

    private async Task CreateAsync(PolicySet set, DesiredState desired, PlannedAction action, ApplyProgress progress, CancellationToken cancellationToken)
    {
        try
        {
            var created = await organizations.CreateBackupPolicyAsync(
                new NewPolicy(desired.PolicyName, desired.Description, desired.Document.Content, desired.Identity.Tags), cancellationToken).ConfigureAwait(false);
            progress.PolicyId = new ManagedPolicyId(created.Id);
            progress.OwnershipConfirmed = true;
            progress.Record(action, ActionOutcome.Applied);
        }
        catch (OrganizationsException e) when (e.ErrorCode == OrganizationsErrorCodes.DuplicatePolicy)
        {
            // Another invocation created it first, or someone else owns the name: only the entry's tags tell.
            var entryOnly = set with { Entries = [desired], AdoptsLegacyTag = false };
            var winner = (await observer.Locator.LocateAsync(entryOnly, new Dictionary<string, string>(), cancellationToken).ConfigureAwait(false))[0].Managed;
            if (winner is null)
            {
                throw;
            }

            progress.PolicyId = winner.Id;
            progress.OwnershipConfirmed = true;
            progress.Record(action, ActionOutcome.AlreadyInPlace);
            await ApplyAsync(set, desired, [.. ReconcilePlanner.PolicyActions(desired, winner)], progress, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task AttachAsync(DesiredState desired, PlannedAction action, ApplyProgress progress, CancellationToken cancellationToken)
    {
        if (!progress.TypeEnabled)
        {
            await WaitUntilEnabledAsync(cancellationToken).ConfigureAwait(false);
            progress.TypeEnabled = true;
        }

        await ConfirmOwnershipAsync(desired, progress, cancellationToken).ConfigureAwait(false);
        try
        {
            await organizations.AttachManagedPolicyAsync(RequireId(progress), action.Target, cancellationToken).ConfigureAwait(false);
            progress.Record(action, ActionOutcome.Applied);
        }
        catch (OrganizationsException e) when (e.ErrorCode == OrganizationsErrorCodes.DuplicatePolicyAttachment)
        {
            progress.Record(action, ActionOutcome.AlreadyInPlace);
        }
        catch (OrganizationsException e) when (!e.IsRetryable && OperatorGuidance.AsUnreachable(action.Target, e) is { } unreachable)
        {
            progress.RecordUnreachable(unreachable);
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
                    "BACKUP_POLICY is no longer enabled on the root while waiting for it; another actor disabled it.") { Operation = OrganizationsOperations.ListRoots };
            }

            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.EnablePollMaxDelay.Ticks));
        }
    }
}
