namespace OrgBackupHealer.ColdStart;

/// <summary>One cold process: start to first response posted, the warm invocations after it, and its peak RSS.</summary>
internal sealed record RunResult(double FirstResponseMs, IReadOnlyList<double> WarmMs, long PeakRssBytes);
