using System.Text.Json;
using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Policies.Internal;

namespace OrgBackupHealer.Core.Policies;

/// <summary>
/// Checks a backup policy against the grammar AWS documents ("Backup policy syntax and examples",
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html) before anything
/// is sent: size, strict JSON, the known keys at each level, value types and ranges (days, windows, cron and time
/// zone strings, regions, ARNs with <c>$account</c>) and inheritance operators. Every error carries its JSON path.
/// The Lambda runs it on its desired document at start-up and the CLI on every policy file it reads.
/// </summary>
public static class BackupPolicyValidator
{
    /// <summary>The Organizations limit on policy content for backup policies.</summary>
    public const int MaxContentLength = 10_000;

    /// <summary>
    /// Duplicate keys are an error: JsonNode would otherwise throw ArgumentException later, when the object is
    /// first enumerated, instead of reporting a JSON error.
    /// </summary>
    internal static JsonDocumentOptions StrictJson { get; } = new() { AllowTrailingCommas = false, AllowDuplicateProperties = false };

    public static IReadOnlyList<PolicyValidationError> Validate(string content) => Validate(content, out _);

    internal static IReadOnlyList<PolicyValidationError> Validate(string content, out JsonNode? parsed)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<PolicyValidationError>();
        parsed = null;
        if (content.Length > MaxContentLength)
        {
            errors.Add(new("$", $"document is {content.Length} characters; the limit is {MaxContentLength}"));
        }

        if (JsonSyntaxProblem.Find(content) is { } syntax)
        {
            errors.Add(new("$", $"not valid JSON: {syntax}"));
            return errors;
        }

        parsed = JsonNode.Parse(content, documentOptions: StrictJson);
        if (parsed is not JsonObject)
        {
            errors.Add(new("$", "must be a JSON object"));
            return errors;
        }

        new GrammarChecker(errors).Check(parsed, BackupPolicyGrammar.Document, "$");
        return errors;
    }
}
