using System.CommandLine;
using OrgBackupHealer.Cli.Output;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>Options several commands carry; each command gets its own instances.</summary>
internal static class CommonOptions
{
    public static Option<string> Output()
    {
        var option = new Option<string>("--output")
        {
            Description = "table (for people) or json (an object with an actions array, for scripts).",
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong("table", "json");
        return option;
    }

    public static Option<string?> Profile() => new("--profile")
    {
        Description = "Named AWS profile (~/.aws/config, SSO included) for the real organization.",
    };

    public static Option<bool> Yes() => new("--yes", "-y")
    {
        Description = "Apply without asking for confirmation (needed when stdin is not a terminal).",
    };

    public static Option<string> SnapshotDirectory() => new("--snapshot-dir")
    {
        Description = "Where the observed state is written (JSON) before the first write.",
        DefaultValueFactory = _ => "snapshots",
    };

    public static OutputFormat ReadFormat(ParseResult parse, Option<string> output) =>
        string.Equals(parse.GetValue(output), "json", StringComparison.Ordinal) ? OutputFormat.Json : OutputFormat.Table;
}
