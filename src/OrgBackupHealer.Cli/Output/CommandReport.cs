namespace OrgBackupHealer.Cli.Output;

/// <summary>
/// What plan, heal and restore print with --output json. <see cref="Actions"/> is the plan (plan) or the writes
/// made (heal, restore); <see cref="AutoFix"/> counts applied fixes per FixType, the metric the Lambda emits.
/// </summary>
internal sealed record CommandReport(
    string Command,
    string Organization,
    string PolicyName,
    bool Healthy,
    IReadOnlyList<ActionReport> Actions,
    string? Snapshot = null,
    IReadOnlyDictionary<string, int>? AutoFix = null,
    IReadOnlyList<string>? Notes = null);
