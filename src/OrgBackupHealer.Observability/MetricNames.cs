namespace OrgBackupHealer.Observability;

/// <summary>Metric names as the template's alarms and dashboard refer to them.</summary>
public static class MetricNames
{
    public const string AutoFix = "AutoFix";
    public const string DriftDetected = "DriftDetected";
    public const string ReconcileFailed = "ReconcileFailed";
    public const string EventsIgnored = "EventsIgnored";
    public const string FlapGuardTripped = "FlapGuardTripped";
    public const string ReconcileDuration = "ReconcileDuration";
    public const string HealingRun = "HealingRun";
    public const string TargetUnreachable = "TargetUnreachable";
    public const string BaselineOverridden = "BaselineOverridden";
    public const string EffectivePolicyInvalid = "EffectivePolicyInvalid";
    public const string CoverageIncomplete = "CoverageIncomplete";
    public const string StateStoreError = "StateStoreError";
    public const string IncidentPublishFailed = "IncidentPublishFailed";
}
