using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.Policies;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>The validated values of <see cref="OrganizationOptions"/>.</summary>
internal sealed record OrganizationSettings(
    string PolicyName,
    PolicyFile Policy,
    IReadOnlyList<string> Targets,
    OutputFormat Format,
    ConnectionRequest Connection);
