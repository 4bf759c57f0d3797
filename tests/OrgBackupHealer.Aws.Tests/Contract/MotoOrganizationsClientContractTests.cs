using OrgBackupHealer.Testing;
using OrgBackupHealer.Testing.Contract;

namespace OrgBackupHealer.Aws.Tests.Contract;

/// <summary>
/// The port contract for the real client (signing, JSON 1.1, paging, error mapping) against moto_server on a free
/// loopback port. Credentials and endpoint come from the environment handed to the client, never from ~/.aws.
/// </summary>
[Collection(MotoServerDefinition.Name)]
[Trait("Needs", "moto")]
public sealed class MotoOrganizationsClientContractTests(MotoServerFixture moto) : OrganizationsPortContract, IDisposable
{
    /// <summary>Small pages so that paging is exercised with a handful of policies.</summary>
    private const int PageSize = 3;

    private readonly List<IDisposable> _owned = [];

    protected override ServiceFidelity Fidelity => ServiceFidelity.Moto;

    protected override async Task<IContractOrganization> NewOrganizationAsync()
    {
        await moto.Server.ResetAsync();
        var admin = Own(new MotoAdmin(moto.Server));
        var rootId = await admin.CreateOrganizationAsync();
        var environment = moto.Server.ClientEnvironment;
        var client = Own(OrganizationsClientFactory.Create(new OrganizationsClientOptions
        {
            EnvironmentVariables = environment.GetValueOrDefault,
            PageSize = PageSize,
        }));
        return new MotoContractOrganization(client, admin, rootId, PageSize);
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
