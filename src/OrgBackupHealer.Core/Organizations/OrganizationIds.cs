using System.Text.RegularExpressions;

namespace OrgBackupHealer.Core.Organizations;

/// <summary>
/// The id patterns of the Organizations service model (PolicyId, RootId, OrganizationalUnitId, AccountId, TargetId),
/// written once for every place an id enters: the Lambda's environment, the CLI's options, the simulation. ASCII
/// digits only (<c>\d</c> would take any Unicode digit) and anchored at the very end (<c>$</c> would let a trailing
/// newline through).
/// </summary>
public static partial class OrganizationIds
{
    public static bool IsPolicyId(string? id) => id is not null && PolicyIdPattern().IsMatch(id);

    public static bool IsRootId(string? id) => id is not null && RootIdPattern().IsMatch(id);

    public static bool IsOrganizationalUnitId(string? id) => id is not null && OuIdPattern().IsMatch(id);

    public static bool IsAccountId(string? id) => id is not null && AccountIdPattern().IsMatch(id);

    /// <summary>A root, OU or account id: what AttachPolicy takes.</summary>
    public static bool IsTargetId(string? id) => IsRootId(id) || IsOrganizationalUnitId(id) || IsAccountId(id);

    [GeneratedRegex(@"^p-[0-9a-zA-Z_]{8,128}\z", RegexOptions.CultureInvariant)]
    private static partial Regex PolicyIdPattern();

    [GeneratedRegex(@"^r-[0-9a-z]{4,32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex RootIdPattern();

    [GeneratedRegex(@"^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex OuIdPattern();

    [GeneratedRegex(@"^[0-9]{12}\z", RegexOptions.CultureInvariant)]
    private static partial Regex AccountIdPattern();
}
