namespace OrgBackupHealer.Aws.Internal.Wire;

/// <summary>Input of ListRoots; member names follow the service model exactly.</summary>
internal sealed record ListRootsRequest(string? NextToken, int? MaxResults);
