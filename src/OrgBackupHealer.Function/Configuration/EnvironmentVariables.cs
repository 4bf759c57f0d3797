namespace OrgBackupHealer.Function.Configuration;

/// <summary>The variables the template sets (README, Configuration).</summary>
internal static class EnvironmentVariables
{
    /// <summary>The policy set file, beside the binary; the single-policy variables below are deprecated in its favour.</summary>
    public const string PolicySet = "HEALER_POLICY_SET";

    /// <summary>The owner the template's role conditions name; the set's owner must be the same.</summary>
    public const string Owner = "HEALER_OWNER";

    public const string PolicyName = "HEALER_POLICY_NAME";
    public const string PolicyFile = "HEALER_POLICY_FILE";
    public const string TargetIds = "HEALER_TARGET_IDS";
    public const string Mode = "HEALER_MODE";
    public const string RoleArn = "HEALER_ROLE_ARN";
    public const string StateTable = "HEALER_STATE_TABLE";
    public const string SnapshotBucket = "HEALER_SNAPSHOT_BUCKET";
    public const string CoalesceSeconds = "HEALER_COALESCE_SECONDS";
    public const string MaxHealingRunsPerHour = "HEALER_MAX_HEALING_RUNS_PER_HOUR";
    public const string AdoptPolicyId = "HEALER_ADOPT_POLICY_ID";
    public const string CoverageShare = "HEALER_COVERAGE_SHARE";

    /// <summary>The event bus incidents are published on; unset or empty: the account's default bus.</summary>
    public const string IncidentBus = "HEALER_INCIDENT_BUS";

    /// <summary>How many hours a proposal of an approve-mode entry stays approvable.</summary>
    public const string ProposalHours = "HEALER_PROPOSAL_HOURS";
    public const string ServiceName = "POWERTOOLS_SERVICE_NAME";
    public const string MetricsNamespace = "POWERTOOLS_METRICS_NAMESPACE";
    public const string FunctionName = "AWS_LAMBDA_FUNCTION_NAME";
    public const string RuntimeApi = "AWS_LAMBDA_RUNTIME_API";
}
