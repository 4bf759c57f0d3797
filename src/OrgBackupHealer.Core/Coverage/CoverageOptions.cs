namespace OrgBackupHealer.Core.Coverage;

public sealed record CoverageOptions
{
    /// <summary>
    /// How long the check may take; the host gives it a share of its deadline. What the check could not read within
    /// it is reported in <see cref="CoverageReport.Unfinished"/>, never silently skipped.
    /// </summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>At most this many invalid accounts get their validation errors read per run (one call each).</summary>
    public int MaxValidationErrorReads { get; init; } = 10;
}
