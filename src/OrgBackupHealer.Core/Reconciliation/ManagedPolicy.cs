using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>The policy the healer owns, as observed: the write handle, its summary and its content as the service holds it.</summary>
/// <param name="IdentifiedBy">Why this policy is the managed one (its tag, the id the healer learnt, the operator's adoption).</param>
public sealed record ManagedPolicy(ManagedPolicyId Id, PolicySummary Summary, string Content, PolicyIdentification IdentifiedBy);
