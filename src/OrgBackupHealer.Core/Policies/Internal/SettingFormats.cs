using System.Text.RegularExpressions;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// The string formats of backup policy settings. Each check returns why a value is wrong, or null. Sources: the AWS
/// Organizations "Backup policy syntax" page (cron schedule, $account only inside ARNs, vault and role ARNs) and the
/// AWS Backup API reference for the names it passes on (BackupRuleInput: RuleName, TargetBackupVaultName).
/// </summary>
internal static partial class SettingFormats
{
    public const string AccountVariable = "$account";

    /// <summary>cron(minutes hours day-of-month month day-of-week year), with '?' in one of the two day fields.</summary>
    public static string? Cron(string value)
    {
        var match = CronPattern().Match(value);
        if (!match.Success)
        {
            return $"must be a cron expression such as \"cron(0 5 ? * * *)\" (minutes hours day-of-month month day-of-week year), not \"{value}\"";
        }

        var fields = match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6)
        {
            return $"a cron expression has 6 fields (minutes hours day-of-month month day-of-week year); \"{value}\" has {fields.Length}";
        }

        return fields[2] != "?" && fields[4] != "?"
            ? $"\"{value}\": one of day-of-month (3rd field) and day-of-week (5th field) must be '?'"
            : null;
    }

    /// <summary>An IANA time zone name (Europe/Paris, America/Argentina/Buenos_Aires) or UTC.</summary>
    public static string? TimeZone(string value) => TimeZonePattern().IsMatch(value)
        ? null
        : $"must be an IANA time zone name such as \"Europe/Paris\" or \"UTC\", not \"{value}\"";

    public static string? Region(string value) => RegionPattern().IsMatch(value)
        ? null
        : $"must be an AWS Region code such as \"us-east-1\", not \"{value}\"";

    public static string? VaultName(string value) => VaultNamePattern().IsMatch(value)
        ? null
        : $"must be a backup vault name of 2 to 50 letters, digits, '-' or '_', not \"{value}\"";

    public static string? RuleName(string value) => RuleNamePattern().IsMatch(value)
        ? null
        : $"a rule name has 1 to 50 letters, digits, '-', '_' or '.'; \"{value}\" does not fit";

    /// <summary>arn:aws:backup:REGION:ACCOUNT:backup-vault:NAME, ACCOUNT being 12 digits or $account.</summary>
    public static string? VaultArn(string value) => VaultArnPattern().IsMatch(value)
        ? null
        : $"must be a backup vault ARN such as \"arn:aws:backup:us-east-1:$account:backup-vault:Default\" ($account or a 12-digit account id), not \"{value}\"";

    /// <summary>arn:aws:iam::ACCOUNT:role/NAME, ACCOUNT being 12 digits or $account.</summary>
    public static string? RoleArn(string value) => RoleArnPattern().IsMatch(value)
        ? null
        : $"must be an IAM role ARN such as \"arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole\" ($account or a 12-digit account id), not \"{value}\"";

    public static string? EnabledOrDisabled(string value) => value is "enabled" or "disabled"
        ? null
        : $"must be \"enabled\" or \"disabled\", not \"{value}\"";

    public static string? TagKey(string value) => value.Length is >= 1 and <= 128
        ? null
        : $"a tag key has 1 to 128 characters; \"{value}\" has {value.Length}";

    public static string? TagValue(string value) => value.Length <= 256
        ? null
        : $"a tag value has at most 256 characters; this one has {value.Length}";

    public static string? NotEmpty(string value) => value.Length > 0 ? null : "must not be empty";

    [GeneratedRegex(@"^cron\(\s*([0-9A-Za-z*?/,#\- ]+?)\s*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex CronPattern();

    [GeneratedRegex(@"^(UTC|GMT|[A-Z][A-Za-z_]+(/[A-Za-z0-9_+\-]+){1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeZonePattern();

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^[A-Za-z0-9\-_]{2,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex VaultNamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9\-_.]{1,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleNamePattern();

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:backup:[a-z]{2}(-[a-z]+)+-\d{1,2}:(\d{12}|\$account):backup-vault:[A-Za-z0-9\-_.]{2,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex VaultArnPattern();

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:iam::(\d{12}|\$account):role/[A-Za-z0-9+=,.@_\-/]{1,512}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleArnPattern();
}
