using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Cli.Policies;

/// <summary>The --target forms the Organizations API accepts (model patterns), plus "root" for the organization's root.</summary>
internal static class TargetIds
{
    /// <exception cref="CliException">A usage error: an id that is none of root, r-…, ou-…-…, or a 12-digit account id.</exception>
    public static IReadOnlyList<string> Validate(IReadOnlyList<string> targets)
    {
        foreach (var target in targets)
        {
            if (!DesiredTargets.IsValid(target))
            {
                throw CliException.Usage($"--target '{target}' is not a target id: use {DesiredTargets.Forms}.");
            }
        }

        return targets.Count == 0 ? ["root"] : [.. targets.Distinct(StringComparer.Ordinal)];
    }
}
