using OrgBackupHealer.Aws.Internal;

namespace OrgBackupHealer.Aws;

/// <summary>Every Organizations operation the client can send, e.g. "ListRoots" (for least-privilege IAM checks).</summary>
public static class OrganizationsOperations
{
    public static IReadOnlyList<string> All { get; } = [.. WireOperations.All.Select(o => o.Name)];
}
