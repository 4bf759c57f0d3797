using OrgBackupHealer.Aws.Internal.Wire;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>Wire shapes to the core's records. Collections and optional strings from the service may be absent.</summary>
internal static class WireMapper
{
    public static OrganizationRoot ToRoot(WireRoot root) => new(
        Required(root.Id, "Root.Id"),
        root.Arn ?? string.Empty,
        root.Name ?? string.Empty,
        [.. (root.PolicyTypes ?? []).Where(t => t.Type is not null && t.Status is not null)
            .Select(t => new PolicyTypeSummary(t.Type!, PolicyTypeStatusNames.FromWire(t.Status!)))]);

    public static PolicySummary ToSummary(WirePolicySummary? summary, string operation)
    {
        var present = summary ?? throw Invalid($"{operation} answered without a PolicySummary.");
        return new PolicySummary(
            Required(present.Id, "PolicySummary.Id"),
            present.Arn ?? string.Empty,
            present.Name ?? string.Empty,
            present.Description ?? string.Empty,
            present.Type ?? string.Empty,
            present.AwsManaged ?? false);
    }

    public static Policy ToPolicy(WirePolicy? policy, string operation)
    {
        var present = policy ?? throw Invalid($"{operation} answered without a Policy.");
        return new Policy(ToSummary(present.PolicySummary, operation), present.Content ?? string.Empty);
    }

    public static PolicyTarget ToTarget(WirePolicyTargetSummary target) => new(
        Required(target.TargetId, "PolicyTargetSummary.TargetId"),
        target.Arn ?? string.Empty,
        target.Name ?? string.Empty,
        TargetTypeNames.FromWire(target.Type));

    public static OrganizationNode ToNode(string? id, string? name, TargetType type) =>
        new(Required(id, type == TargetType.Account ? "Account.Id" : "OrganizationalUnit.Id"), name ?? string.Empty, type);

    /// <summary>A Parent of ListParents: the model's ParentType is ROOT or ORGANIZATIONAL_UNIT, and a parent has no name on the wire.</summary>
    public static OrganizationNode ToParent(WireParent parent) => new(
        Required(parent.Id, "Parent.Id"),
        string.Empty,
        parent.Type switch
        {
            "ROOT" => TargetType.Root,
            "ORGANIZATIONAL_UNIT" => TargetType.OrganizationalUnit,
            _ => throw Invalid($"The service answered with an unknown Parent.Type '{parent.Type}'."),
        });

    private static string Required(string? value, string member) =>
        string.IsNullOrEmpty(value) ? throw Invalid($"The service answered without {member}.") : value;

    public static OrganizationsException Invalid(string message) => new(OrganizationsErrorCodes.InvalidResponse, message);
}
