using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.Policies;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>
/// The validated values of <see cref="OrganizationOptions"/>: the policy set to act on (narrowed by --policy), where
/// each entry's desired content came from, and the organization to reach.
/// </summary>
internal sealed record OrganizationSettings(
    PolicySet Set,
    IReadOnlyDictionary<string, PolicyFile> Sources,
    ConnectionRequest Connection,
    bool EmitMetrics)
{
    /// <summary>The --policy-set file, when the set came from one.</summary>
    public string? SetPath { get; init; }

    /// <summary>The set with every entry in <paramref name="mode"/>: the CLI plans in report mode and heals what it is asked to.</summary>
    public PolicySet In(HealerMode mode) => Set.WithMode(mode);

    public PolicyReport PolicyReport(string key, ObservedState? observed)
    {
        var entry = Set.Find(key) ?? Set.Entries[0];
        var source = Sources[entry.Key];
        return new(entry.PolicyName, observed?.ManagedPolicy?.Summary.Id, source.Path, source.Origin) { Key = entry.Key };
    }
}
