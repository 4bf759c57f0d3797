using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Pipeline;

/// <summary>
/// What one direct event came to: ignored (by the classifier or the gate, with the reason and why), a completed
/// reconcile, an account's coverage check, or a terminal failure that was reported and is not worth a retry. A transient failure is thrown instead,
/// so that Lambda retries the event.
/// </summary>
public sealed record EventOutcome(EventClassification Classification)
{
    public IgnoreReason? IgnoredReason { get; init; }

    public string? IgnoredWhy { get; init; }

    public SetReconcileResult? Result { get; init; }

    public ReconcileException? Failure { get; init; }

    /// <summary>The coverage check of the one account an EffectivePolicyValidation event named.</summary>
    public CoverageOutcome? Coverage { get; init; }
}
