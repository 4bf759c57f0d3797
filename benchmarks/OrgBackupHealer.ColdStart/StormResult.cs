namespace OrgBackupHealer.ColdStart;

/// <summary>
/// A storm of events through one process: how long it took, the peak RSS, how many events ran a reconcile and
/// why the others were skipped (the function's own metrics).
/// </summary>
internal sealed record StormResult(
    int Events, int Responses, int Errors, double TotalMs, long PeakRssBytes, int Reconciles, IReadOnlyDictionary<string, int> IgnoredByReason);
