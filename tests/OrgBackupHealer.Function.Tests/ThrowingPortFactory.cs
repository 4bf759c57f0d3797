using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Function.Configuration;

namespace OrgBackupHealer.Function.Tests;

internal sealed class ThrowingPortFactory : IOrganizationsPortFactory
{
    public IOrganizationsPort Create(HealerConfiguration configuration) => throw new InvalidOperationException("no client");
}
