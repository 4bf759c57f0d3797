using System.CommandLine;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Cli.Commands;

/// <summary><c>validate FILE</c>: exit 0 for a valid backup policy, 1 with each error and its JSON path.</summary>
internal sealed class ValidateCommand(CliHost host)
{
    private readonly Argument<string> _file = new("FILE") { Description = "The backup policy document to check." };

    public Command Build()
    {
        var command = new Command("validate", "Check a backup policy document before deploying it.") { _file };
        command.SetAction((parse, ct) => CommandGuard.RunAsync(host, _ => Task.FromResult(Run(parse)), ct));
        return command;
    }

    private int Run(ParseResult parse)
    {
        var path = host.ResolvePath(parse.GetRequiredValue(_file));
        if (!File.Exists(path))
        {
            throw new CliException($"policy file '{path}' not found.");
        }

        var errors = BackupPolicyValidator.Validate(File.ReadAllText(path));
        if (errors.Count == 0)
        {
            host.Console.Out.WriteLine($"{path}: valid backup policy.");
            return ExitCodes.Success;
        }

        host.Console.Error.WriteLine($"{path}: {errors.Count} error(s):");
        foreach (var error in errors)
        {
            host.Console.Error.WriteLine($"  {error.Path}: {error.Message}");
        }

        return ExitCodes.Error;
    }
}
