using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Function.Configuration;

namespace OrgBackupHealer.Function;

/// <summary>
/// COMPOSITION SEAM for the real Organizations client (OrgBackupHealer.Aws.OrganizationsClient), which lands
/// separately. Until it is wired here, every reconcile fails with an operator-readable error instead of
/// touching the organization.
/// </summary>
internal static class OrganizationsPortComposition
{
    public static IOrganizationsPortFactory Create() => new UnwiredFactory();

    private sealed class UnwiredFactory : IOrganizationsPortFactory
    {
        public IOrganizationsPort Create(HealerConfiguration configuration) =>
            throw new InvalidOperationException("The Organizations client is not composed into this build (OrganizationsPortComposition).");
    }
}
