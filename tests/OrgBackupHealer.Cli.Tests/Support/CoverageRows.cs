using System.Text.Json;
using System.Text.RegularExpressions;

namespace OrgBackupHealer.Cli.Tests.Support;

/// <summary>Reads coverage's output back: a table row's cells by account name, an account of the JSON document by name.</summary>
public static partial class CoverageRows
{
    /// <summary>ACCOUNT, NAME, OU PATH, IN EFFECT and, when there is one, the first reason: the cells of the account's row.</summary>
    public static string[] Row(string report, string accountName) => ColumnGap().Split(RowLine(report, accountName).Trim());

    /// <summary>The account's WHY cell and the continuation lines below it, which hold only a WHY.</summary>
    public static IReadOnlyList<string> Reasons(string report, string accountName)
    {
        var lines = report.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var why = lines.Single(l => l.Contains("IN EFFECT  WHY", StringComparison.Ordinal)).IndexOf("WHY", StringComparison.Ordinal);
        var row = lines.IndexOf(RowLine(report, accountName));
        var reasons = new List<string>();
        for (var i = row; i < lines.Count && lines[i].Length > why && (i == row || lines[i][..why].Trim().Length == 0); i++)
        {
            reasons.Add(lines[i][why..]);
        }

        return reasons;
    }

    public static JsonElement Account(JsonElement document, string accountName) =>
        document.GetProperty("accounts").EnumerateArray().Single(a => a.GetProperty("name").GetString() == accountName);

    private static string RowLine(string report, string accountName) =>
        report.Split('\n').Select(l => l.TrimEnd('\r')).Single(l => ColumnGap().Split(l.Trim()) is { Length: >= 4 } cells && cells[1] == accountName);

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex ColumnGap();
}
