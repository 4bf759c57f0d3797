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
    public bool SemanticallyEquals(string? otherContent)
    {
        if (otherContent is null)
        {
            return false;
        }

        try
        {
            return JsonNode.DeepEquals(_parsed, JsonNode.Parse(otherContent, documentOptions: BackupPolicyValidator.StrictJson));
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
