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
    /// ENABLED. Zero makes enabling immediate.
    /// </summary>
    public int PendingEnableReads { get; init; } = 2;

    /// <summary>
    /// Items per page of the paginated list operations (the model's MaxResults is at most 20). The port returns
    /// whole lists, but every page counts as one call so call and API-budget numbers are realistic.
    /// </summary>
    public int PageSize { get; init; } = 20;
}
