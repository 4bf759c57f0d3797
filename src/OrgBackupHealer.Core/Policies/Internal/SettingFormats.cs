using System.Text.RegularExpressions;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// The string formats of backup policy settings. Each check returns why a value is wrong, or null. Sources, named per
/// rule in docs/policy-rules.md: the AWS Organizations page "Backup policy syntax and examples" (placeholders, vault
/// and role ARNs, the values of the advanced, index and scan settings, resource types) and, where the page is silent,
/// the AWS Backup API reference for what it passes on (BackupPlanInput.BackupPlanName, BackupRuleInput.RuleName and
/// TargetBackupVaultName, ScanAction.MalwareScanner).
/// </summary>
internal static partial class SettingFormats
{
    public const string AccountPlaceholder = "$account";
    public const string RegionPlaceholder = "$region";
    public const string Scanner = "GUARDDUTY";

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

    public static string? PlanName(string value) => NamePattern().IsMatch(value)
        ? null
        : $"a plan name has 1 to 50 letters, digits, '-', '_' or '.'; \"{value}\" does not fit";

    public static string? RuleName(string value) => NamePattern().IsMatch(value)
        ? null
        : $"a rule name has 1 to 50 letters, digits, '-', '_' or '.'; \"{value}\" does not fit";

    /// <summary>arn:aws:backup:REGION:ACCOUNT:backup-vault:NAME, ACCOUNT being 12 digits or $account.</summary>
    public static string? VaultArn(string value) => VaultArnPattern().IsMatch(value)
        ? null
        : $"must be a backup vault ARN such as \"arn:aws:backup:us-east-1:$account:backup-vault:Default\" ($account or a 12-digit account id), not \"{value}\"";

    /// <summary>The page: "The ARN must use the special placeholders $region and $account."</summary>
    public static string? AirGappedVaultArn(string value) => AirGappedVaultArnPattern().IsMatch(value)
        ? null
        : $"must be a logically air-gapped vault ARN written with the $region and $account placeholders, such as \"arn:aws:backup:$region:$account:backup-vault:AirGappedVault\", not \"{value}\"";

    /// <summary>arn:aws:iam::ACCOUNT:role/NAME, ACCOUNT being 12 digits or $account.</summary>
    public static string? RoleArn(string value) => RoleArnPattern().IsMatch(value)
        ? null
        : $"must be an IAM role ARN such as \"arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole\" ($account or a 12-digit account id), not \"{value}\"";

    /// <summary>The page's "Supported resource types" are ARN patterns; its examples also select everything with "*".</summary>
    public static string? ResourceType(string value) => ResourceTypePattern().IsMatch(value)
        ? null
        : $"must be \"*\" or a resource ARN pattern such as \"arn:aws:ec2:*:*:volume/*\", not \"{value}\"";

    public static string? EnabledOrDisabled(string value) => value is "enabled" or "disabled"
        ? null
        : $"must be \"enabled\" or \"disabled\", not \"{value}\"";

    public static string? IndexResourceType(string value) => value is "EBS" or "S3"
        ? null
        : $"must be \"EBS\" or \"S3\", the resource types AWS Backup indexes, not \"{value}\"";

    public static string? ScanResourceType(string value) => value is "EBS" or "EC2" or "S3" or "ALL"
        ? null
        : $"must be \"EBS\", \"EC2\", \"S3\" or \"ALL\", not \"{value}\"";

    public static string? ScanMode(string value) => value is "INCREMENTAL_SCAN" or "FULL_SCAN"
        ? null
        : $"must be \"INCREMENTAL_SCAN\" or \"FULL_SCAN\", not \"{value}\"";

    public static string? ScannerName(string value) => value == Scanner
        ? null
        : $"must be \"{Scanner}\", the only malware scanner AWS Backup supports, not \"{value}\"";

    public static string? TagKey(string value) => value.Length is >= 1 and <= 128
        ? null
        : $"a tag key has 1 to 128 characters; \"{value}\" has {value.Length}";

    public static string? TagValue(string value) => value.Length <= 256
        ? null
        : $"a tag value has at most 256 characters; this one has {value.Length}";

    public static string? NotEmpty(string value) => value.Length > 0 ? null : "must not be empty";

    [GeneratedRegex(@"^(UTC|GMT|[A-Z][A-Za-z_]+(/[A-Za-z0-9_+\-]+){1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeZonePattern();

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^[A-Za-z0-9\-_]{2,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex VaultNamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9\-_.]{1,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:backup:[a-z]{2}(-[a-z]+)+-\d{1,2}:(\d{12}|\$account):backup-vault:[A-Za-z0-9\-_.]{2,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex VaultArnPattern();

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:backup:\$region:\$account:backup-vault:[A-Za-z0-9\-_]{2,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex AirGappedVaultArnPattern();

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:iam::(\d{12}|\$account):role/[A-Za-z0-9+=,.@_\-/]{1,512}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(@"^(\*|arn:aws(-[a-z]+)*:[a-z0-9\-]+:[^:]*:[^:]*:.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ResourceTypePattern();
}
