using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing.Contract;

namespace OrgBackupHealer.Aws.Tests.Contract;

/// <summary>
/// The same port contract for the simulated organization, so the core's tests (which run on it) rest on the
/// behaviour the real client shows against moto and, where moto falls short, against AWS-shaped answers.
/// </summary>
public sealed class SimulatedOrganizationContractTests : OrganizationsPortContract
{
    private const int PageSize = 3;

    protected override ServiceFidelity Fidelity => ServiceFidelity.Aws;

    protected override Task<IContractOrganization> NewOrganizationAsync() =>
        Task.FromResult<IContractOrganization>(
            new SimulatedContractOrganization(new SimulatedOrganization(new SimulationOptions { PageSize = PageSize }), PageSize));
}
