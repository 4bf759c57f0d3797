namespace OrgBackupHealer.Core.Safety;

/// <summary>Who changed the backup policy, as a drift event reported it; named in the log when the flap guard trips.</summary>
public sealed record DriftActor(string Principal, string EventName, DateTimeOffset At);
