using System.Text.RegularExpressions;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Core.Tests.Policies;

/// <summary>The rows of docs/policy-rules.md: id, question ("a", "b" or "a, b") and message template.</summary>
internal static partial class PolicyRuleTable
{
    public static IReadOnlyDictionary<string, (string Question, string Message)> Rows { get; } = Read();

    /// <summary>The row's message as a pattern: each {placeholder} stands for any text, everything else is literal.</summary>
    public static Regex MessagePattern(string id)
    {
        var parts = Placeholder().Split(Rows[id].Message).Select(Regex.Escape);
        return new Regex("^" + string.Join(".*", parts) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    private static Dictionary<string, (string, string)> Read()
    {
        var text = File.ReadAllText(RepositoryPaths.FindAbove(Path.Combine("docs", "policy-rules.md")));
        return Row().Matches(text).ToDictionary(
            m => m.Groups["id"].Value,
            m => (m.Groups["question"].Value, m.Groups["message"].Value),
            StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\| (?<id>[AB]\d\d) \| (?<question>[ab](, b)?) \| .* \| `(?<message>[^`]+)` \|$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Row();

    [GeneratedRegex(@"\{[a-z-]+\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
