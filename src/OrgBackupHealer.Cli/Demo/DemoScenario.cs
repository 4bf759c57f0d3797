using OrgBackupHealer.Cli.Organization;

namespace OrgBackupHealer.Cli.Demo;

/// <summary>
/// One break (or several) the demo applies before healing, to the entry <see cref="Policy"/> names; a detach breaks
/// the policy away from that entry's first target below the root.
/// </summary>
internal sealed record DemoScenario(string Title, IReadOnlyList<PolicyBreak> Breaks, string Policy = DemoScenario.Baseline)
{
    public const string Baseline = "baseline";

    public const string Production = "prod";

    public static IReadOnlyList<DemoScenario> All { get; } =
    [
        new("BACKUP_POLICY type disabled on the root", [PolicyBreak.TypeDisabled]),
        new("Baseline policy deleted", [PolicyBreak.PolicyDeleted]),
        new("Baseline policy content edited by hand", [PolicyBreak.ContentEdited]),
        new("Baseline policy detached from the Workloads OU", [PolicyBreak.Detached]),
        new("Combination: baseline edited and detached from the OU", [PolicyBreak.ContentEdited, PolicyBreak.Detached]),
        new("Combination: baseline deleted and type disabled", [PolicyBreak.PolicyDeleted, PolicyBreak.TypeDisabled]),
        new("Production tier edited and detached from the Production OU", [PolicyBreak.ContentEdited, PolicyBreak.Detached], Production),
    ];
}
