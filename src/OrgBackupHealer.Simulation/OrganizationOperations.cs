namespace OrgBackupHealer.Simulation;

/// <summary>Wire names of the operations the simulated organization answers through the port.</summary>
public static class OrganizationOperations
{
    public const string ListRoots = "ListRoots";
    public const string ListPolicies = "ListPolicies";
    public const string DescribePolicy = "DescribePolicy";
    public const string CreatePolicy = "CreatePolicy";
    public const string UpdatePolicy = "UpdatePolicy";
    public const string ListTargetsForPolicy = "ListTargetsForPolicy";
    public const string AttachPolicy = "AttachPolicy";
    public const string EnablePolicyType = "EnablePolicyType";

    public static IReadOnlyList<string> Writes { get; } = [CreatePolicy, UpdatePolicy, AttachPolicy, EnablePolicyType];

    public static bool IsWrite(string operation) => Writes.Contains(operation, StringComparer.Ordinal);
}
