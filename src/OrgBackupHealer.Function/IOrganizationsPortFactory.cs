using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Function;

/// <summary>Builds the Organizations port once per process; tests pass an in-memory organization.</summary>
internal interface IOrganizationsPortFactory
{
    IOrganizationsPort Create();
}
