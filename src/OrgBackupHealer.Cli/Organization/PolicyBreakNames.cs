namespace OrgBackupHealer.Cli.Organization;

/// <summary>The --break values as typed on the command line.</summary>
internal static class PolicyBreakNames
{
    public static IReadOnlyList<string> All { get; } = ["type-disabled", "policy-deleted", "content-edited", "detached"];

    public static PolicyBreak Parse(string name) => name switch
    {
        "type-disabled" => PolicyBreak.TypeDisabled,
        "policy-deleted" => PolicyBreak.PolicyDeleted,
        "content-edited" => PolicyBreak.ContentEdited,
        "detached" => PolicyBreak.Detached,
        _ => throw new CliException($"--break must be one of {string.Join(", ", All)}, not '{name}'."),
    };
}
