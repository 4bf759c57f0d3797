using System.Text.RegularExpressions;

namespace OrgBackupHealer.Cli.Policies;

/// <summary>The --target forms the Organizations API accepts (model patterns), plus "root" for the organization's root.</summary>
internal static partial class TargetIds
{
    /// <exception cref="CliException">An id that is none of root, r-…, ou-…-…, or a 12-digit account id.</exception>
    public static IReadOnlyList<string> Validate(IReadOnlyList<string> targets)
    {
        foreach (var target in targets)
        {
            if (!TargetPattern().IsMatch(target))
            {
                throw new CliException(
                    $"--target '{target}' is not a target id: use root, a root id (r-xxxx), an OU id (ou-xxxx-xxxxxxxx) or a 12-digit account id.");
            }
        }

        return targets.Count == 0 ? ["root"] : [.. targets.Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex("^(root|r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|\\d{12})$")]
    private static partial Regex TargetPattern();
}
