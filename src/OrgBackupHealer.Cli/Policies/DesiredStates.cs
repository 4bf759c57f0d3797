using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Cli.Policies;

/// <summary>The desired state as the CLI builds it: the Lambda's description and managed tag.</summary>
internal static class DesiredStates
{
    public const string DefaultPolicyName = "org-backup-baseline";
    public const string Description = "Organization-wide backup baseline, restored by OrgBackupHealer";

    public static DesiredState Create(string policyName, PolicyDocument document, IReadOnlyList<string> targets, HealerMode mode) =>
        new(policyName, Description, document, targets, mode, ManagedTag.Default);
}
