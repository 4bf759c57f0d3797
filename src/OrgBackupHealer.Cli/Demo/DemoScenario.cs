using OrgBackupHealer.Cli.Organization;

namespace OrgBackupHealer.Cli.Demo;

/// <summary>One break (or several) the demo applies before healing; the OU break detaches from the OU target.</summary>
internal sealed record DemoScenario(string Title, IReadOnlyList<PolicyBreak> Breaks)
{
    public static IReadOnlyList<DemoScenario> All { get; } =
    [
        new("BACKUP_POLICY type disabled on the root", [PolicyBreak.TypeDisabled]),
        new("Policy deleted", [PolicyBreak.PolicyDeleted]),
        new("Policy content edited by hand", [PolicyBreak.ContentEdited]),
        new("Policy detached from the Workloads OU", [PolicyBreak.Detached]),
        new("Combination: content edited and detached from the OU", [PolicyBreak.ContentEdited, PolicyBreak.Detached]),
        new("Combination: policy deleted and type disabled", [PolicyBreak.PolicyDeleted, PolicyBreak.TypeDisabled]),
    ];
}
