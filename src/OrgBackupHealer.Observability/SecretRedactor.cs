using System.Text.RegularExpressions;

namespace OrgBackupHealer.Observability;

/// <summary>
/// Last line of defence for "never credentials in logs": access key ids, SigV4 signatures and session tokens
/// that slipped into a message (e.g. an echoed request) are masked before the line is written.
/// </summary>
internal static partial class SecretRedactor
{
    public const string Mask = "[redacted]";

    public static string Redact(string value) => SecretPattern().Replace(value, m => m.Groups["keep"].Value + Mask);

    [GeneratedRegex(
        @"(?<keep>)\b(?:AKIA|ASIA)[A-Z0-9]{16}\b|(?<keep>Signature=)[0-9a-f]{16,}|(?<keep>(?:X-Amz-Security-Token|aws_session_token|SessionToken|SecretAccessKey|aws_secret_access_key)[""']?\s*[=:]\s*[""']?)[A-Za-z0-9/+=%]{16,}",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SecretPattern();
}
