using System.CommandLine;
using OrgBackupHealer.Cli.Input;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Core.Inheritance;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>
/// <c>validate FILE</c>: exit 0 for a valid backup policy, 1 with each error and its JSON path. A valid policy whose
/// plans a child policy could still override gets a warning per open key (the exit code stays 0): a baseline on the
/// root protects every account only when OUs cannot weaken it.
/// </summary>
internal sealed class ValidateCommand(CliHost host)
{
    private readonly Argument<string> _file = new("FILE") { Description = "The backup policy document to check." };
    private readonly Option<string> _output = CommonOptions.Output();

    public Command Build()
    {
        var command = new Command("validate", "Check a backup policy document against AWS's backup policy grammar before deploying it.") { _file, _output };
        command.SetAction((parse, ct) =>
        {
            var output = new CommandOutput(host, "validate", CommonOptions.ReadFormat(parse, _output));
            return CommandGuard.RunAsync(output, _ => Task.FromResult(Run(parse, output)), ct);
        });
        return command;
    }

    private int Run(ParseResult parse, CommandOutput output)
    {
        var path = host.ResolvePath(parse.GetRequiredValue(_file));
        var content = InputFile.ReadText(path, "policy file");
        var errors = BackupPolicyValidator.Validate(content);
        var warnings = errors.Count == 0
            ? PlanLockAnalysis.FindKeysOpenToChildPolicies(PolicyDocument.Parse(content)).Select(Warning).ToList()
            : [];
        if (errors.Count == 0)
        {
            output.Human.WriteLine($"{path}: valid backup policy{(warnings.Count == 0 ? "." : $", with {warnings.Count} warning(s):")}");
            foreach (var warning in warnings)
            {
                output.Error.WriteLine($"warning: {warning.Path}: {warning.Message}");
            }
        }
        else
        {
            output.Error.WriteLine($"{path}: {errors.Count} error(s):");
            foreach (var error in errors)
            {
                output.Error.WriteLine($"  {error.Path}: {error.Message}");
            }
        }

        var exitCode = errors.Count == 0 ? ExitCodes.Success : ExitCodes.Error;
        output.Document(new ValidationReport(
            errors.Count == 0 ? ReportStatus.Valid : ReportStatus.Invalid,
            exitCode,
            path,
            errors.Count == 0,
            [.. errors.Select(e => new FindingReport(e.Path, e.Message))],
            warnings));
        return exitCode;
    }

    /// <summary>OpenKey's line is "PATH: what is open; how to lock it": the path and the rest go to separate fields.</summary>
    private static FindingReport Warning(OpenKey key)
    {
        var line = key.ToString();
        var prefix = key.Path + ": ";
        return new FindingReport(key.Path, line.StartsWith(prefix, StringComparison.Ordinal) ? line[prefix.Length..] : line);
    }
}
