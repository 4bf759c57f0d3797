using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Pipeline;

/// <summary>What a host configures about the pipeline (the Lambda reads it from its environment).</summary>
/// <param name="Role">The healer's own role, for telling its own calls apart; null when unknown.</param>
/// <param name="CoverageShare">The share of a scheduled invocation's remaining time the coverage check may use; 0 turns it off.</param>
public sealed record PipelineSettings(PolicySet Set, HealerRole? Role, SafetyOptions Safety, double CoverageShare)
{
    /// <summary>How long a proposal of an approve-mode entry stays approvable (HEALER_PROPOSAL_HOURS).</summary>
    public TimeSpan ProposalLifetime { get; init; } = Approvals.ApprovalService.DefaultLifetime;
}
