namespace OrgBackupHealer.Cli.Organization;

/// <summary>Opens the organization a command works on: the real one through AWS, or a simulated one.</summary>
internal interface IOrganizationConnector
{
    OrganizationSession Connect(ConnectionRequest request);
}
