namespace OrgBackupHealer.Cli.Output;

/// <summary>Values of policy.origin in the JSON report: where the desired content was read.</summary>
internal static class PolicyOrigins
{
    /// <summary>--policy-file.</summary>
    public const string Option = "option";

    /// <summary>policies/backup-policy.json in the working directory, found without --policy-file.</summary>
    public const string WorkingDirectory = "workingDirectory";

    /// <summary>The copy shipped beside the tool.</summary>
    public const string Shipped = "shipped";

    /// <summary>--policy-set: the content file the set's entry names.</summary>
    public const string PolicySet = "policySet";

    /// <summary>restore: the snapshot's policy content.</summary>
    public const string Snapshot = "snapshot";
}
