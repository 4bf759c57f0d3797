using System.CommandLine;
using OrgBackupHealer.Cli.Output;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>The options every <c>state</c> command takes: which table, whose credentials, which output.</summary>
internal sealed class StateTableOptions
{
    public Option<string> Table { get; } = new("--state-table")
    {
        Description = "The healer's DynamoDB state table: the stack's StateTableName output (<stack>-state).",
        Required = true,
    };

    public Option<string?> Profile { get; } = CommonOptions.Profile();

    public Option<string> Output { get; } = CommonOptions.Output();

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Add(Table);
        command.Add(Profile);
        command.Add(Output);
    }

    public OutputFormat Format(ParseResult parse) => CommonOptions.ReadFormat(parse, Output);
}
