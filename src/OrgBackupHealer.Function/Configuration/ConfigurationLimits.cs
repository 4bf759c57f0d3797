using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Incidents;

namespace OrgBackupHealer.Function.Configuration;

/// <summary>
/// What the function accepts in each variable the template fills from a parameter, in one place. The template's
/// parameters carry the same patterns and values (AllowedPattern, AllowedValues, MaxLength), and a deployment test
/// compares them and probes <see cref="HealerConfiguration.Load"/> with the template's own checks, so a stack cannot
/// deploy a value the function then refuses at every cold start. Whole numbers and shares are checked by pattern, not
/// parsed leniently, because a CloudFormation Number parameter lets 1.5 through where the function wants a whole number.
/// </summary>
internal static class ConfigurationLimits
{
    public const int MinCoalesceSeconds = 0;

    /// <summary>A window longer than the flap window would outlast everything it is compared with.</summary>
    public const int MaxCoalesceSeconds = 3600;

    /// <summary>0 to 3600, no sign, no leading zero.</summary>
    public const string CoalesceSecondsPattern = "^(0|[1-9][0-9]{0,2}|[1-2][0-9]{3}|3[0-5][0-9]{2}|3600)$";

    public const int MinHealingRunsPerHour = 1;

    public const int MaxHealingRunsPerHour = 1000;

    /// <summary>1 to 1000, no sign, no leading zero.</summary>
    public const string HealingRunsPerHourPattern = "^([1-9][0-9]{0,2}|1000)$";

    public const double MaxCoverageShare = 0.9;

    /// <summary>0 to 0.9 as a decimal fraction (0, 0.5, .25, 0.90); no sign, no exponent.</summary>
    public const string CoverageSharePattern = @"^(0|0?\.([0-8][0-9]*|90*))$";

    public const int MaxPolicyNameLength = PolicySetLoader.MaxNameLength;

    /// <summary>CloudWatch's namespace characters and length.</summary>
    public const string MetricsNamespacePattern = "^[A-Za-z0-9._/#:-]{1,255}$";

    /// <summary>HEALER_MODE, exactly (lower case, as the template's AllowedValues).</summary>
    public static IReadOnlyList<string> Modes { get; } = ["enforce", "report", "approve"];

    public const int MinProposalHours = 1;

    /// <summary>A week: a proposal older than that was planned from an organization nobody remembers.</summary>
    public const int MaxProposalHours = 168;

    /// <summary>1 to 168, no sign, no leading zero.</summary>
    public const string ProposalHoursPattern = "^([1-9]|[1-9][0-9]|1[0-5][0-9]|16[0-8])$";

    /// <summary>An event bus name (not an ARN); "default" is the account's default bus, and unset means it too.</summary>
    public const string IncidentBusPattern = IncidentBusName.Pattern;
}
