using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Policies;

/// <summary>
/// A validated backup policy. <see cref="Content"/> is sent as is; comparison with what the service holds is
/// semantic (parsed JSON), so whitespace and key order never count as drift.
/// </summary>
public sealed class PolicyDocument
{
    private readonly JsonNode _parsed;

    private PolicyDocument(string content, JsonNode parsed)
    {
        Content = content;
        _parsed = parsed;
    }

    public string Content { get; }

    /// <summary>Parses and validates; throws <see cref="PolicyDocumentException"/> listing every error.</summary>
    public static PolicyDocument Parse(string content)
    {
        var errors = BackupPolicyValidator.Validate(content, out var parsed);
        if (errors.Count > 0 || parsed is null)
        {
            throw new PolicyDocumentException(errors);
        }

        return new PolicyDocument(content, parsed);
    }

    /// <summary>True when <paramref name="otherContent"/> is the same JSON value; false when it is not (strict) JSON at all.</summary>
    public bool SemanticallyEquals(string? otherContent) => ChangesFrom(otherContent).Count == 0;

    /// <summary>
    /// Where <paramref name="actualContent"/> differs from this document, by JSON path; empty when they are the same
    /// JSON value. Content that is not (strict) JSON differs as a whole, at <c>$</c>.
    /// </summary>
    public IReadOnlyList<ContentChange> ChangesFrom(string? actualContent)
    {
        if (actualContent is null)
        {
            return [new ContentChange("$", _parsed.ToJsonString(), null)];
        }

        JsonNode? actual;
        try
        {
            actual = JsonNode.Parse(actualContent, documentOptions: BackupPolicyValidator.StrictJson);
        }
        catch (System.Text.Json.JsonException)
        {
            return [new ContentChange("$", _parsed.ToJsonString(), actualContent)];
        }

        return ContentDiff.Between(_parsed, actual);
    }
}
