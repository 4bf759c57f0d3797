using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.Policies;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>The validated values of <see cref="OrganizationOptions"/>.</summary>
internal sealed record OrganizationSettings(
    string PolicyName,
    PolicyFile Policy,
    IReadOnlyList<string> Targets,
    ConnectionRequest Connection,
    string? AdoptPolicyId,
    bool EmitMetrics)
{
    public DesiredState Desired(HealerMode mode) =>
        DesiredState.For(PolicyName, Policy.Document, Targets, mode) with { AdoptPolicyId = AdoptPolicyId };

    public PolicyReport PolicyReport(ObservedState observed)
    {
        ArgumentNullException.ThrowIfNull(observed);
        return new(PolicyName, observed.ManagedPolicy?.Summary.Id, Policy.Path, Policy.Origin);
    }
}
