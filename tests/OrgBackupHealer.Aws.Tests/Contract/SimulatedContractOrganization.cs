using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing.Contract;

namespace OrgBackupHealer.Aws.Tests.Contract;

/// <summary>A fresh simulated organization; set-up goes through its own "what people do" API.</summary>
internal sealed class SimulatedContractOrganization(SimulatedOrganization organization, int pageSize) : IContractOrganization
{
    public IOrganizationsPort Port => organization;

    public string RootId => organization.RootId;

    public int PolicyPageSize => pageSize;

    public Task<string> CreateOrganizationalUnitAsync(string name) => Task.FromResult(organization.CreateOrganizationalUnit(name));

    public Task DisableBackupPolicyTypeAsync()
    {
        organization.DisablePolicyType(PolicyTypes.BackupPolicy);
        return Task.CompletedTask;
    }
}
