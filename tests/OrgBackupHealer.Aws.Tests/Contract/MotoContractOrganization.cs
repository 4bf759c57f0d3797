using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Testing;
using OrgBackupHealer.Testing.Contract;

namespace OrgBackupHealer.Aws.Tests.Contract;

/// <summary>A fresh moto organization reached through the real <see cref="OrganizationsClient"/>.</summary>
internal sealed class MotoContractOrganization(OrganizationsClient client, MotoAdmin admin, string rootId, int pageSize) : IContractOrganization
{
    public IOrganizationsPort Port => client;

    public string RootId => rootId;

    public int PolicyPageSize => pageSize;

    public async Task<string> CreateOrganizationalUnitAsync(string name)
    {
        var answer = await admin.CallAsync("CreateOrganizationalUnit", $$"""{"ParentId":"{{rootId}}","Name":"{{name}}"}""");
        return answer["OrganizationalUnit"]!["Id"]!.GetValue<string>();
    }

    public Task DisableBackupPolicyTypeAsync() =>
        admin.CallAsync("DisablePolicyType", $$"""{"RootId":"{{rootId}}","PolicyType":"BACKUP_POLICY"}""");
}
