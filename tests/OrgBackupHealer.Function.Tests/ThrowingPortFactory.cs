using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Function.Tests;

internal sealed class ThrowingPortFactory : IOrganizationsPortFactory
{
    public IOrganizationsPort Create() => throw new InvalidOperationException("no client");
}
