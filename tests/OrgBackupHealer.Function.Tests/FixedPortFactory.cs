using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Function.Tests;

internal sealed class FixedPortFactory(IOrganizationsPort port) : IOrganizationsPortFactory
{
    public IOrganizationsPort Create() => port;
}
