using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Incidents;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Approvals;

/// <summary>
/// Proposals for approve-mode entries, and the one rule for approving them (the runbook's Lambda invocation and the
/// CLI's <c>approve</c> alike): a proposal is applied only if it is open, not expired, and the organization still
/// hashes to the observation it was planned from; otherwise the entry is re-planned and a fresh proposal recorded,
/// and nothing is written.
/// </summary>
public sealed class ApprovalService(Reconciler reconciler, IProposalStore store, TimeProvider time, TimeSpan lifetime)
{
    /// <summary>Who closes a proposal that expired or was superseded.</summary>
    public const string Healer = "healer";

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(24);

    public TimeSpan Lifetime => lifetime;

    /// <summary>
    /// After a reconcile: each approve-mode entry with drift gets an open proposal (an open one planned from the same
    /// observation stands; a newer observation replaces it); one whose entry is as desired again is superseded; an
    /// expired one is closed as expired.
    /// </summary>
    /// <returns>The incidents: proposals opened and expired.</returns>
    public async Task<IReadOnlyList<Incident>> RecordAsync(PolicySet set, SetReconcileResult result, string? driftActor, string trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(result);
        var incidents = new List<Incident>();
        foreach (var entry in result.Completed.Where(r => r.Mode == HealerMode.Approve))
        {
            var (_, entryIncidents) = await RecordEntryAsync(set, result, entry, driftActor, trigger, cancellationToken).ConfigureAwait(false);
            incidents.AddRange(entryIncidents);
        }

        return incidents;
    }

    /// <summary>Applies proposal <paramref name="id"/> under the rule above, on behalf of <paramref name="approver"/>.</summary>
    /// <exception cref="ReconcileException">The organization could not be read at all.</exception>
    public async Task<ApprovalResult> ApproveAsync(PolicySet set, string id, string approver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var (proposal, refusal) = await OpenProposalAsync(store, set, id, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        var entrySet = set.Narrow(proposal!.Policy);
        if (proposal.ExpiredAt(now))
        {
            var expired = proposal.Close(ProposalStatus.Expired, now, Healer);
            await store.CloseAsync(expired, cancellationToken).ConfigureAwait(false);
            var replan = await reconciler.ReconcileAsync(entrySet.WithMode(HealerMode.Approve), $"approve-{id}", cancellationToken).ConfigureAwait(false);
            var (fresh, opened) = await RecordEntriesAsync(entrySet, replan, proposal.DriftActor, $"approve-{id}", cancellationToken).ConfigureAwait(false);
            return new ApprovalResult(
                ApprovalVerdict.Replanned,
                $"proposal {id} expired at {proposal.ExpiresAt:u}: nothing was written. {Fresh(fresh)}",
                expired, fresh, replan, [ExpiredIncident(expired), .. opened]);
        }

        var result = await reconciler.ReconcileAsync(
            entrySet.WithMode(HealerMode.Enforce), $"approve-{id}", (_, observed) => ObservationHash.Of(observed) == proposal.ObservationHash, cancellationToken).ConfigureAwait(false);
        var entry = result.Entries[0];
        if (entry.Failure is { } failure)
        {
            return new ApprovalResult(ApprovalVerdict.Failed, $"proposal {id} could not be applied: {failure.Message}", proposal, null, result, []);
        }

        if (entry.Result!.Mode != HealerMode.Enforce)
        {
            var (fresh, opened) = await RecordEntriesAsync(entrySet, result, proposal.DriftActor, $"approve-{id}", cancellationToken).ConfigureAwait(false);
            var current = await store.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? proposal;
            return new ApprovalResult(
                ApprovalVerdict.Replanned,
                $"the organization changed since proposal {id} was planned, so it was not applied and nothing was written. {Fresh(fresh)}",
                current, fresh, result, opened);
        }

        var applied = proposal.Close(ProposalStatus.Applied, time.GetUtcNow(), approver);
        await store.CloseAsync(applied, cancellationToken).ConfigureAwait(false);
        var fixes = result.SharedApplied.Concat(entry.Result.Applied).Where(a => a.Outcome == ActionOutcome.Applied).Select(ActionText.Describe).ToList();
        var incident = new Incident(IncidentKind.ProposalApplied, $"Proposal {id} for policy '{proposal.Policy}' was approved by {approver} and applied: {fixes.Count} fix(es) written.")
        {
            Policy = proposal.Policy,
            Targets = proposal.Targets,
            Changes = [.. proposal.Actions, .. proposal.Diff],
            DriftActor = proposal.DriftActor,
            Fixes = fixes,
            Snapshot = result.Snapshot?.Location ?? proposal.Snapshot,
            ProposalId = id,
            DecidedBy = approver,
        };
        return new ApprovalResult(ApprovalVerdict.Applied, $"proposal {id} applied: {fixes.Count} fix(es) written to policy '{proposal.Policy}'.", applied, null, result, [incident]);
    }

    /// <summary>Closes an open proposal as rejected; nothing is read from or written to the organization.</summary>
    public Task<ApprovalResult> RejectAsync(string id, string rejectedBy, CancellationToken cancellationToken) =>
        RejectAsync(store, time, id, rejectedBy, cancellationToken);

    /// <summary>As <see cref="RejectAsync(string, string, CancellationToken)"/>, for a host that reads no organization (the CLI's reject).</summary>
    public static async Task<ApprovalResult> RejectAsync(IProposalStore store, TimeProvider time, string id, string rejectedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var (proposal, refusal) = await OpenProposalAsync(store, null, id, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var rejected = proposal!.Close(ProposalStatus.Rejected, time.GetUtcNow(), rejectedBy);
        if (!await store.CloseAsync(rejected, cancellationToken).ConfigureAwait(false))
        {
            return Refuse(id, $"proposal {id} was closed by someone else meanwhile: nothing changed.", proposal);
        }

        var incident = new Incident(IncidentKind.ProposalRejected, $"Proposal {id} for policy '{proposal.Policy}' was rejected by {rejectedBy}; the drift stays until a new proposal is approved.")
        {
            Policy = proposal.Policy,
            Targets = proposal.Targets,
            Changes = [.. proposal.Actions, .. proposal.Diff],
            DriftActor = proposal.DriftActor,
            Snapshot = proposal.Snapshot,
            ProposalId = id,
            DecidedBy = rejectedBy,
        };
        return new ApprovalResult(ApprovalVerdict.Rejected, $"proposal {id} rejected: nothing was written.", rejected, null, null, [incident]);
    }

    private static async Task<(Proposal? Proposal, ApprovalResult? Refusal)> OpenProposalAsync(IProposalStore store, PolicySet? set, string id, CancellationToken cancellationToken)
    {
        if (!Proposal.IsWellFormedId(id))
        {
            return (null, Refuse(id, $"'{id}' is not a proposal id (prop- and 20 hex digits): nothing was written.", null));
        }

        var proposal = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (proposal is null)
        {
            return (null, Refuse(id, $"there is no proposal {id} (unknown or forged): nothing was written.", null));
        }

        if (!proposal.IsOpen)
        {
            return (null, Refuse(id, $"proposal {id} is {proposal.Status.ToString().ToLowerInvariant()}, not open: nothing was written.", proposal));
        }

        if (set is not null && set.Find(proposal.Policy) is null)
        {
            return (null, Refuse(id, $"proposal {id} is for policy '{proposal.Policy}', which is not an entry of this policy set: nothing was written.", proposal));
        }

        return (proposal, null);
    }

    private static ApprovalResult Refuse(string id, string message, Proposal? proposal) =>
        new(ApprovalVerdict.Refused, message, proposal, null, null, []);

    private static string Fresh(Proposal? fresh) =>
        fresh is null ? "The entry is as desired now: no new proposal." : $"A fresh proposal, {fresh.Id}, was recorded from what the organization looks like now.";

    private async Task<(Proposal? Fresh, IReadOnlyList<Incident> Incidents)> RecordEntriesAsync(
        PolicySet entrySet, SetReconcileResult result, string? driftActor, string trigger, CancellationToken cancellationToken)
    {
        if (result.Completed is not [var entry])
        {
            return (null, []);
        }

        var approveEntry = entry with { Mode = HealerMode.Approve };
        return await RecordEntryAsync(entrySet, result, approveEntry, driftActor, trigger, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(Proposal? Open, IReadOnlyList<Incident> Incidents)> RecordEntryAsync(
        PolicySet set, SetReconcileResult result, ReconcileResult entry, string? driftActor, string trigger, CancellationToken cancellationToken)
    {
        var incidents = new List<Incident>();
        var now = time.GetUtcNow();
        var open = await store.FindOpenAsync(entry.Key, cancellationToken).ConfigureAwait(false);
        if (open is not null && open.ExpiredAt(now))
        {
            var expired = open.Close(ProposalStatus.Expired, now, Healer);
            if (await store.CloseAsync(expired, cancellationToken).ConfigureAwait(false))
            {
                incidents.Add(ExpiredIncident(expired));
            }

            open = null;
        }

        IReadOnlyList<PlannedAction> plan = result.SharedApplied.Count == 0 ? [.. result.SharedPlan, .. entry.Plan] : entry.Plan;
        if (entry.Plan.Count == 0)
        {
            if (open is not null)
            {
                await store.CloseAsync(open.Close(ProposalStatus.Superseded, now, Healer), cancellationToken).ConfigureAwait(false);
            }

            return (null, incidents);
        }

        var hash = ObservationHash.Of(entry.Observed);
        if (open is not null && open.ObservationHash == hash)
        {
            return (open, incidents);
        }

        var proposal = new Proposal(
            Proposal.NewId(set.Owner, entry.Key, hash, now), entry.Key, ProposalStatus.Open, hash,
            [.. plan.Select(ActionText.Describe)], ActionText.Diff(plan), now, now + lifetime)
        {
            Owner = set.Owner,
            Targets = entry.Observed.DesiredTargetIds,
            Snapshot = entry.Snapshot?.Location ?? result.Snapshot?.Location,
            DriftActor = driftActor ?? open?.DriftActor,
            Trigger = trigger,
        };
        if (open is not null)
        {
            await store.CloseAsync(open.Close(ProposalStatus.Superseded, now, Healer) with { SupersededBy = proposal.Id }, cancellationToken).ConfigureAwait(false);
        }

        await store.OpenAsync(proposal, null, cancellationToken).ConfigureAwait(false);
        incidents.Add(new Incident(IncidentKind.ProposalOpened, $"Policy '{entry.Key}' has drifted and is in approve mode: proposal {proposal.Id} awaits approval until {proposal.ExpiresAt:u}.")
        {
            Policy = entry.Key,
            Targets = proposal.Targets,
            Changes = [.. proposal.Actions, .. proposal.Diff],
            DriftActor = proposal.DriftActor,
            Snapshot = proposal.Snapshot,
            ProposalId = proposal.Id,
            ProposalExpiresAt = proposal.ExpiresAt,
        });
        return (proposal, incidents);
    }

    private static Incident ExpiredIncident(Proposal expired) =>
        new(IncidentKind.ProposalExpired, $"Proposal {expired.Id} for policy '{expired.Policy}' expired at {expired.ExpiresAt:u} without a decision.")
        {
            Policy = expired.Policy,
            Targets = expired.Targets,
            Changes = [.. expired.Actions, .. expired.Diff],
            DriftActor = expired.DriftActor,
            Snapshot = expired.Snapshot,
            ProposalId = expired.Id,
            ProposalExpiresAt = expired.ExpiresAt,
        };
}
