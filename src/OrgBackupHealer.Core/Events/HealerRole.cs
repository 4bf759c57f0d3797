using System.Text;

namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The healer's own IAM role, recognised both as the role ARN (sessionIssuer.arn) and as the sessions it
/// assumes (arn:PARTITION:sts::ACCOUNT:assumed-role/NAME/SESSION; the role path does not appear there).
/// </summary>
public sealed class HealerRole
{
    private readonly string _assumedRolePrefix;

    private HealerRole(string roleArn, string assumedRolePrefix)
    {
        RoleArn = roleArn;
        _assumedRolePrefix = assumedRolePrefix;
    }

    public string RoleArn { get; }

    /// <summary>Accepts arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME.</summary>
    public static bool TryParse(string? roleArn, out HealerRole? role)
    {
        role = null;
        var parts = roleArn?.Split(':');

        // IAM's names are ASCII, which lets the self check compare an event's ARNs without decoding them.
        if (parts is not { Length: 6 } || parts[0] != "arn" || parts[2] != "iam" || parts[3].Length != 0
            || parts[4].Length != 12 || !parts[4].All(char.IsAsciiDigit) || !parts[5].StartsWith("role/", StringComparison.Ordinal)
            || !Ascii.IsValid(roleArn))
        {
            return false;
        }

        var name = parts[5][(parts[5].LastIndexOf('/') + 1)..];
        if (name.Length == 0 || parts[1].Length == 0)
        {
            return false;
        }

        role = new HealerRole(roleArn!, $"arn:{parts[1]}:sts::{parts[4]}:assumed-role/{name}/");
        return true;
    }

    public bool IsCaller(UserIdentity? identity) =>
        identity is not null && (identity.ArnIsOf(this) || identity.SessionContext?.SessionIssuer?.ArnIsOf(this) == true);

    /// <summary>The role itself, or one of its sessions, ignoring case.</summary>
    internal bool Matches(in DeferredText arn) => arn.IsOrStartsWithIgnoreCase(RoleArn, _assumedRolePrefix);
}
