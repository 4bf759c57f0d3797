namespace OrgBackupHealer.Simulation;

/// <summary>How the simulated organization behaves; the defaults mirror the real service closely enough for tests.</summary>
public sealed record SimulationOptions
{
    /// <summary>Account that owns the organization; appears in every ARN.</summary>
    public string ManagementAccountId { get; init; } = "111111111111";

    /// <summary>Seed for generated ids, so the same set-up always yields the same ids.</summary>
    public int Seed { get; init; } = 20161128;

    /// <summary>
    /// How many ListRoots reads still show PENDING_ENABLE after EnablePolicyType; the read after that shows
    /// ENABLED. Zero makes enabling immediate. Ignored when <see cref="PendingEnableDelay"/> is set.
    /// </summary>
    public int PendingEnableReads { get; init; } = 2;

    /// <summary>When set, EnablePolicyType stays PENDING_ENABLE for this long on <see cref="Clock"/>, however often it is read.</summary>
    public TimeSpan? PendingEnableDelay { get; init; }

    /// <summary>
    /// When set, DisablePolicyType leaves the type PENDING_DISABLE for this long on <see cref="Clock"/>: meanwhile
    /// ListTargetsForPolicy still lists the attachments (they vanish when the disable completes), AttachPolicy answers
    /// PolicyTypeNotEnabledException and EnablePolicyType PolicyChangesInProgressException, as the service does.
    /// </summary>
    public TimeSpan? PendingDisableDelay { get; init; }

    /// <summary>The clock the delays run on; give it the reconciler's clock in tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Items per page of the paginated list operations (the model's MaxResults is at most 20). The port returns
    /// whole lists, but every page counts as one call so call and API-budget numbers are realistic.
    /// </summary>
    public int PageSize { get; init; } = 20;
}
