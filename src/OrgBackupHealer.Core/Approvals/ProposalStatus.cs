namespace OrgBackupHealer.Core.Approvals;

/// <summary>Where a proposal is in its life: open until applied, rejected, expired or superseded by a newer observation.</summary>
public enum ProposalStatus
{
    Open,
    Applied,
    Rejected,
    Expired,

    /// <summary>A newer observation of the entry replaced it (the organization changed, or is as desired again).</summary>
    Superseded,
}
