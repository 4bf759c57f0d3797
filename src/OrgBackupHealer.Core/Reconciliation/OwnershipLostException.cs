using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>A policy learnt earlier no longer carries the entry's tags when the healer is about to write it.</summary>
internal sealed class OwnershipLostException(string policyId, DesiredState desired) : Exception(
    $"Policy {policyId} no longer carries the tags of entry '{desired.Key}' ({PolicyIdentity.OwnerKey}={desired.Identity.Owner}, {PolicyIdentity.EntryKey}={desired.Key}): "
    + "someone removed or changed them, so the healer no longer writes it. If it is still this entry's policy, adopt it again; otherwise the entry gets a new policy once the name is free.")
{
    public string PolicyId { get; } = policyId;
}
