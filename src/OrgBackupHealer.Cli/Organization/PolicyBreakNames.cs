namespace OrgBackupHealer.Cli.Organization;

/// <summary>The --break values as typed on the command line.</summary>
internal static class PolicyBreakNames
{
    public static IReadOnlyList<string> All { get; } = ["type-disabled", "policy-deleted", "content-edited", "detached", "child-override", "invalid-effective"];

    /// <summary>
    /// The breaks that leave the healer's policy as desired and change what accounts get from it: only coverage
    /// reports them, and plan and heal refuse them rather than report a healthy organization.
    /// </summary>
    public static IReadOnlyList<string> CoverageOnly { get; } = ["child-override", "invalid-effective"];

    public static PolicyBreak Parse(string name) => name switch
    {
        "type-disabled" => PolicyBreak.TypeDisabled,
        "policy-deleted" => PolicyBreak.PolicyDeleted,
        "content-edited" => PolicyBreak.ContentEdited,
        "detached" => PolicyBreak.Detached,
        "child-override" => PolicyBreak.ChildOverride,
        "invalid-effective" => PolicyBreak.InvalidEffective,
        _ => throw new CliException($"--break must be one of {string.Join(", ", All)}, not '{name}'."),
    };

    public static bool IsCoverageOnly(string name) => CoverageOnly.Contains(name, StringComparer.Ordinal);
}
