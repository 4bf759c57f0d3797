namespace OrgBackupHealer.Storm;

/// <summary>
/// One event of the storm as the harness sends it: where it goes (the queue or directly to the function), its
/// message id, its body, and its kind for the report (error, duplicate, self, invalid, unrelated, drift).
/// </summary>
internal sealed record StormEvent(TimeSpan At, string Kind, bool Direct, string MessageId, Func<DateTimeOffset, string> Body)
{
    public const string Error = "error";
    public const string Duplicate = "duplicate";
    public const string Self = "self";
    public const string Invalid = "invalid";
    public const string Unrelated = "unrelated";
    public const string Drift = "drift";
    public const string UnrelatedDrift = "unrelated-drift";
}
