using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Tests.Events.Baseline;

/// <summary><see cref="HealerRole.IsCaller"/> as it was up to commit a42232d, over the frozen records.</summary>
internal sealed class BaselineHealerRole
{
    private readonly string _roleArn;
    private readonly string _assumedRolePrefix;

    public BaselineHealerRole(HealerRole role)
    {
        _roleArn = role.RoleArn;
        var parts = role.RoleArn.Split(':');
        var name = parts[5][(parts[5].LastIndexOf('/') + 1)..];
        _assumedRolePrefix = $"arn:{parts[1]}:sts::{parts[4]}:assumed-role/{name}/";
    }

    public bool IsCaller(BaselineUserIdentity? identity) =>
        identity is not null
        && (Matches(identity.Arn) || Matches(identity.SessionContext?.SessionIssuer?.Arn));

    private bool Matches(string? arn) =>
        arn is not null
        && (string.Equals(arn, _roleArn, StringComparison.OrdinalIgnoreCase)
            || arn.StartsWith(_assumedRolePrefix, StringComparison.OrdinalIgnoreCase));
}
