namespace OrgBackupHealer.Core.Inheritance;

/// <summary>
/// The value-setting operators of AWS Organizations management policies, as a set: a single flag names the operator a
/// policy used; a combination is what <c>@@operators_allowed_for_child_policies</c> still lets child policies use
/// (<see cref="All"/> is <c>@@all</c>, the default; <see cref="None"/> is <c>@@none</c>).
/// </summary>
/// <remarks>https://docs.aws.amazon.com/organizations/latest/userguide/policy-operators.html</remarks>
[Flags]
public enum ValueSettingOperators
{
    None = 0,
    Assign = 1,
    Append = 2,
    Remove = 4,
    All = Assign | Append | Remove,
}
