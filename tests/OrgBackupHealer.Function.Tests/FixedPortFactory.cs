using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Function.Configuration;

namespace OrgBackupHealer.Function.Tests;

internal sealed class FixedPortFactory(IOrganizationsPort port) : IOrganizationsPortFactory
{
    public IOrganizationsPort Create(HealerConfiguration configuration) => port;
}
