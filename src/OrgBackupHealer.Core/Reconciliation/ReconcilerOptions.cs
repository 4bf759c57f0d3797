namespace OrgBackupHealer.Core.Reconciliation;

public sealed record ReconcilerOptions
{
    /// <summary>First wait between ListRoots polls while BACKUP_POLICY is PENDING_ENABLE; doubles up to the max.</summary>
    public TimeSpan EnablePollInitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan EnablePollMaxDelay { get; init; } = TimeSpan.FromSeconds(8);
}
