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

    /// <summary>coverage: every account checked has the baseline in effect, and the check finished.</summary>
    public const string Covered = "covered";

    /// <summary>coverage: at least one account does not have the baseline in effect (exit code 2).</summary>
    public const string Gaps = "gaps";

    /// <summary>coverage: no gap among the accounts checked, but the budget ran out before all were (exit code 2).</summary>
    public const string Incomplete = "incomplete";

    /// <summary>state show: the healer may write (the flap guard is not tripped).</summary>
    public const string Writing = "writing";

    /// <summary>state show: the healing runs of the last hour reached the limit; reconciles only report (exit code 2).</summary>
    public const string FlapGuardTripped = "flapGuardTripped";

    /// <summary>state reset-flap-guard: the healing-run history was cleared.</summary>
    public const string Reset = "reset";

    /// <summary>state reset-flap-guard: no healing run in the window and the state readable: nothing was written.</summary>
    public const string NothingToReset = "nothingToReset";

    /// <summary>proposals: the open proposals are listed.</summary>
    public const string Listed = "listed";

    /// <summary>approve: the proposal was applied (the organization was still as observed).</summary>
    public const string Applied = "applied";

    /// <summary>approve: the organization changed since the proposal was planned, or it expired: nothing written, a fresh proposal recorded (exit code 2).</summary>
    public const string Replanned = "replanned";

    /// <summary>approve, reject: unknown, malformed or closed proposal id: nothing written (exit code 1).</summary>
    public const string Refused = "refused";

    /// <summary>reject: the proposal was closed.</summary>
    public const string Rejected = "rejected";

    public const string Valid = "valid";

    public const string Invalid = "invalid";
}
