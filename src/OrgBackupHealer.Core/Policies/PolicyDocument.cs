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

    /// <summary>
    /// Parses and validates a policy meant to stand alone: AWS would accept it and its plans are complete. Throws
    /// <see cref="PolicyDocumentException"/> listing every error.
    /// </summary>
    public static PolicyDocument Parse(string content) => Parse(content, PolicyScope.Standalone);

    /// <summary>Parses and validates for <paramref name="scope"/>; throws <see cref="PolicyDocumentException"/> listing every error.</summary>
    public static PolicyDocument Parse(string content, PolicyScope scope)
    {
        var verdict = BackupPolicyValidator.Check(content, scope, out var parsed);
        if (!verdict.IsValid || parsed is null)
        {
            throw new PolicyDocumentException(verdict.Errors);
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
