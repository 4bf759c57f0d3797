namespace OrgBackupHealer.ColdStart;

/// <summary>A storm of events through one process: how long it took and the peak RSS.</summary>
internal sealed record StormResult(int Events, int Responses, int Errors, double TotalMs, long PeakRssBytes);
