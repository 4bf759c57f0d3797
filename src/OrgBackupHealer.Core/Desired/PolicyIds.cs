using System.Text.RegularExpressions;

namespace OrgBackupHealer.Core.Desired;

/// <summary>The model's PolicyId pattern, checked where an operator names a policy to adopt.</summary>
public static partial class PolicyIds
{
    public static bool IsValid(string policyId) => PolicyIdPattern().IsMatch(policyId);

    [GeneratedRegex("^p-[0-9a-zA-Z_]{8,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex PolicyIdPattern();
}
