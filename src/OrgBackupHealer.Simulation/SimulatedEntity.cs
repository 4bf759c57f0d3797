using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation;

/// <summary>The root, an OU or an account of the simulated organization.</summary>
internal sealed record SimulatedEntity(string Id, string Arn, string Name, TargetType Type, string? ParentId);
