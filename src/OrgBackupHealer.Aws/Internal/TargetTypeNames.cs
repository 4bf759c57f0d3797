using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>Wire spelling of <see cref="TargetType"/>, as in the model's TargetType enum.</summary>
internal static class TargetTypeNames
{
    public static string ToWire(TargetType type) => type switch
    {
        TargetType.Account => "ACCOUNT",
        TargetType.OrganizationalUnit => "ORGANIZATIONAL_UNIT",
        TargetType.Root => "ROOT",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static TargetType FromWire(string? value) => value switch
    {
        "ACCOUNT" => TargetType.Account,
        "ORGANIZATIONAL_UNIT" => TargetType.OrganizationalUnit,
        "ROOT" => TargetType.Root,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown TargetType."),
    };
}
