using System.Text.Json;
using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Policies.Internal;

namespace OrgBackupHealer.Core.Policies;

/// <summary>
/// Checks a backup policy against the grammar AWS documents ("Backup policy syntax and examples",
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html) before anything
/// is sent, answering two questions apart: (a) would AWS accept this document (size, strict JSON, the known keys at each
/// level, value types, formats and ranges, inheritance operators and where they stand), and (b), for a policy meant to
/// stand alone, is every plan complete (<see cref="PlanCompleteness"/>). docs/policy-rules.md lists every rule, its
/// source and its message; every error carries its JSON path. The Lambda runs it on its desired document at start-up
/// and the CLI on every policy file it reads.
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

    /// <summary>Both questions, for a policy meant to stand alone: every error, rejections first.</summary>
    public static IReadOnlyList<PolicyValidationError> Validate(string content) => Check(content, PolicyScope.Standalone).Errors;

    public static PolicyVerdict Check(string content, PolicyScope scope) => Check(content, scope, out _);

    internal static PolicyVerdict Check(string content, PolicyScope scope, out JsonObject? parsed)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rejected = new List<PolicyValidationError>();
        parsed = null;
        if (content.Length > MaxContentLength)
        {
            rejected.Add(new("$", $"document is {content.Length} characters; the limit is {MaxContentLength}"));
        }

        if (JsonSyntaxProblem.Find(content) is { } syntax)
        {
            rejected.Add(new("$", $"not valid JSON: {syntax}"));
            return new PolicyVerdict(scope, rejected, null);
        }

        if (JsonNode.Parse(content, documentOptions: StrictJson) is not JsonObject document)
        {
            rejected.Add(new("$", "must be a JSON object"));
            return new PolicyVerdict(scope, rejected, null);
        }

        parsed = document;
        new GrammarChecker(rejected).Check(document, BackupPolicyGrammar.Document, "$");
        rejected.AddRange(ValueConsistency.Check(document));
        var incomplete = scope == PolicyScope.Standalone ? PlanCompleteness.MissingElements(document) : null;
        return new PolicyVerdict(scope, rejected, incomplete);
    }
}
