namespace OrgBackupHealer.Cli;

/// <summary>The process exit codes, as docs/cli.md documents them; scripts branch on these.</summary>
internal static class ExitCodes
{
    /// <summary>Done: the organization is healthy (or the file is valid, or every demo scenario healed).</summary>
    public const int Success = 0;

    /// <summary>An error (AWS refused, a file is missing or invalid, heal ended with drift left); stderr has the reason.</summary>
    public const int Error = 1;

    /// <summary>plan found drift that heal would fix.</summary>
    public const int DriftFound = 2;

    /// <summary>
    /// coverage found an account without the baseline in effect, or did not finish within its budget: a check that
    /// could not look at every account never reports success.
    /// </summary>
    public const int CoverageGaps = 2;

    /// <summary>state show: the flap guard is tripped, the healer only reports until state reset-flap-guard or the hour passes.</summary>
    public const int FlapGuardTripped = 2;

    /// <summary>approve: the organization changed since the proposal was planned (or it expired); nothing written, a fresh proposal recorded.</summary>
    public const int ProposalReplanned = 2;

    /// <summary>
    /// A --target (or a target of the snapshot being restored) does not exist in the organization. plan reports it;
    /// heal writes nothing unless --skip-unknown-targets, and then fixes the rest and still exits with this code. Also heal
    /// when Organizations refused an attachment while it wrote (denied, at its limit, gone meanwhile): the rest is fixed.
    /// </summary>
    public const int UnknownTargets = 3;

    /// <summary>heal, restore, approve or state reset-flap-guard wrote nothing: the confirmation was declined, or stdin is not a terminal and --yes was not given.</summary>
    public const int NotConfirmed = 4;

    /// <summary>The command line itself is wrong (unknown option, bad value, missing argument): EX_USAGE of sysexits.h.</summary>
    public const int Usage = 64;
}
