using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Testing.Contract;

/// <summary>
/// A fresh organization (all features, BACKUP_POLICY not enabled on its root) for one contract test, reached
/// through the port under test, plus the set-up steps the port itself deliberately cannot do.
/// </summary>
public interface IContractOrganization
{
    IOrganizationsPort Port { get; }

    string RootId { get; }

    /// <summary>How many policies one ListPolicies page holds, so a test can make the answer span pages.</summary>
    int PolicyPageSize { get; }

    /// <summary>Creates an OU directly under the root and returns its id.</summary>
    Task<string> CreateOrganizationalUnitAsync(string name);

    Task DisableBackupPolicyTypeAsync();
}
