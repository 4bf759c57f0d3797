using System.Text.RegularExpressions;

namespace OrgBackupHealer.Core.Desired;

/// <summary>
/// The target ids a desired state may name: the model's TargetId pattern (root, OU or account id) plus
/// <see cref="DesiredState.RootTarget"/>. Checked where configuration enters (Lambda environment, CLI options).
/// </summary>
public static partial class DesiredTargets
{
    /// <summary>The accepted forms, for error messages.</summary>
    public const string Forms = "'root', a root id (r-xxxx), an OU id (ou-xxxx-xxxxxxxx) or a 12-digit account id";

    public static bool IsValid(string targetId) => TargetIdPattern().IsMatch(targetId);

    [GeneratedRegex(@"^(root|r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|\d{12})$", RegexOptions.CultureInvariant)]
    private static partial Regex TargetIdPattern();
}
