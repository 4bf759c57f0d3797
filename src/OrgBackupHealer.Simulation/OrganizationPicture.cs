namespace OrgBackupHealer.Simulation;

/// <summary>
/// An immutable, value-comparable picture of the whole simulated organization: the root's policy types
/// ("TYPE=STATUS", sorted), every OU and account ("id name", sorted) and every policy of every type (sorted by id).
/// </summary>
public sealed record OrganizationPicture(
    string RootId,
    EquatableList<string> RootPolicyTypes,
    EquatableList<string> Entities,
    EquatableList<PolicyPicture> Policies)
{
    /// <summary>The same picture without the policies <paramref name="exclude"/> selects.</summary>
    public OrganizationPicture WithoutPolicies(Func<PolicyPicture, bool> exclude) =>
        this with { Policies = new EquatableList<PolicyPicture>(Policies.Where(p => !exclude(p))) };

    /// <summary>The same picture without the root's entry for <paramref name="policyType"/>.</summary>
    public OrganizationPicture WithoutRootPolicyType(string policyType) =>
        this with
        {
            RootPolicyTypes = new EquatableList<string>(
                RootPolicyTypes.Where(t => !t.StartsWith(policyType + "=", StringComparison.Ordinal))),
        };
}
