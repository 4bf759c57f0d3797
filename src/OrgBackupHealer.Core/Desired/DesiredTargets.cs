using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Desired;

/// <summary>
/// The target ids a desired state may name: the model's TargetId forms (root, OU or account id) plus
/// <see cref="DesiredState.RootTarget"/>. Checked where configuration enters (Lambda environment, CLI options).
/// </summary>
public static class DesiredTargets
{
    /// <summary>The accepted forms, for error messages.</summary>
    public const string Forms = "'root', a root id (r-xxxx), an OU id (ou-xxxx-xxxxxxxx) or a 12-digit account id";

    public static bool IsValid(string targetId) => targetId == DesiredState.RootTarget || OrganizationIds.IsTargetId(targetId);
}
