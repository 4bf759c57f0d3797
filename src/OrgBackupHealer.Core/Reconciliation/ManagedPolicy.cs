using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>The policy an entry owns, as observed: the write handle, its summary and its content as the service holds it.</summary>
/// <param name="IdentifiedBy">Why this policy is the entry's (its tags, the id the healer learnt, the operator's adoption, the upgrade).</param>
/// <param name="CarriesEntryTags">False for a policy being adopted or upgraded: tagging it is the first write the entry plans.</param>
public sealed record ManagedPolicy(ManagedPolicyId Id, PolicySummary Summary, string Content, PolicyIdentification IdentifiedBy, bool CarriesEntryTags = true);
