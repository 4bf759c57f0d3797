namespace OrgBackupHealer.Cli.Output;

/// <summary>Values of "status" in the JSON documents (docs/cli-json.md).</summary>
internal static class ReportStatus
{
    /// <summary>Nothing to do.</summary>
    public const string Healthy = "healthy";

    /// <summary>plan: drift that heal would fix.</summary>
    public const string Drift = "drift";

    /// <summary>heal, restore: the drift was fixed and the organization checked healthy.</summary>
    public const string Repaired = "repaired";

    /// <summary>A desired target does not exist (exit code 3).</summary>
    public const string UnknownTargets = "unknownTargets";

    /// <summary>heal, restore: not confirmed, nothing written (exit code 4).</summary>
    public const string Declined = "declined";

    /// <summary>Stopped by an error (exit code 1); "error" says why.</summary>
    public const string Failed = "failed";

    /// <summary>The command line is wrong (exit code 64).</summary>
    public const string UsageError = "usageError";

    public const string Valid = "valid";

    public const string Invalid = "invalid";
}
