using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Function.Configuration;

namespace OrgBackupHealer.Function;

/// <summary>Builds the Organizations port once per process; tests pass an in-memory organization.</summary>
internal interface IOrganizationsPortFactory
{
    IOrganizationsPort Create(HealerConfiguration configuration);
}
