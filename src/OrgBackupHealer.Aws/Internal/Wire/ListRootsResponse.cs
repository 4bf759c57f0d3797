namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record ListRootsResponse(List<WireRoot>? Roots, string? NextToken);
