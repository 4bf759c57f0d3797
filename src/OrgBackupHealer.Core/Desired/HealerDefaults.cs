namespace OrgBackupHealer.Core.Desired;

/// <summary>
/// The defaults the Lambda, the CLI and the simulation share, written once so that the policy they create and the
/// metrics they emit are the same whichever host made them. template.yaml repeats the name and the namespace as
/// parameter defaults; a deployment test keeps the two in step.
/// </summary>
public static class HealerDefaults
{
    public const string PolicyName = "org-backup-baseline";

    public const string PolicyDescription = "Organization backup baseline, kept in place by OrgBackupHealer";

    /// <summary>The desired document's file name, beside the Lambda's bootstrap and under the CLI's policies/ folder.</summary>
    public const string PolicyFileName = "backup-policy.json";

    public const string MetricsNamespace = "OrgBackupHealer";

    /// <summary>The log's service key and the metrics' service dimension when the host names none.</summary>
    public const string ServiceName = "OrgBackupHealer";
}
