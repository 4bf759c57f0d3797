using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation;

/// <summary>A policy type on its way to ENABLED or to disabled: done after a number of reads or at a time.</summary>
internal sealed class PendingChange(PolicyTypeStatus status, int readsLeft, DateTimeOffset? until)
{
    public PolicyTypeStatus Status { get; } = status;

    public int ReadsLeft { get; set; } = readsLeft;

    public DateTimeOffset? Until { get; } = until;
}
