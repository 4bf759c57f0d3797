using System.CommandLine;
using System.CommandLine.Parsing;
using OrgBackupHealer.Cli.Coverage;
using OrgBackupHealer.Cli.Output;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>
/// <c>coverage</c>: whether the baseline plan is in effect in every account under the targets, and if not, which
/// policy overrides which key or what Organizations finds invalid. Reads only. Exit 0 covered, 2 gaps or unfinished,
/// 3 unknown targets.
/// </summary>
internal sealed class CoverageCommand(CliHost host)
{
    public const int DefaultBudgetSeconds = 300;
    public const int DefaultMaxValidationErrors = 10;

    private readonly OrganizationOptions _options = new(coverageBreaks: true);

    private readonly Option<int> _budget = new("--budget")
    {
        Description = "Seconds the check may take; what it has not read by then is reported as unfinished (exit code 2).",
        DefaultValueFactory = _ => DefaultBudgetSeconds,
    };

    private readonly Option<int> _maxValidationErrors = new("--max-validation-errors")
    {
        Description = "Read the validation errors of at most this many accounts Organizations reports invalid (one call each); the others say 'not read this run'.",
        DefaultValueFactory = _ => DefaultMaxValidationErrors,
    };

    public Command Build()
    {
        var command = new Command(
            "coverage",
            "Check that the baseline plan is in effect in every account under the targets: no other backup policy overrides it and Organizations finds the effective policy valid "
            + "(reads only). Exit code 0: in effect everywhere, 2: gaps found or the check did not finish, 3: a target does not exist.");
        _options.AddTo(command);
        _budget.Validators.Add(result => Range(result, _budget.Name, 1, 3600, "seconds"));
        _maxValidationErrors.Validators.Add(result => Range(result, _maxValidationErrors.Name, 0, 1000, "accounts"));
        command.Add(_budget);
        command.Add(_maxValidationErrors);
        CommandGuard.SetAction(command, host, "coverage", parse => CommonOptions.ReadFormat(parse, _options.Output), RunAsync);
        return command;
    }

    private Task<int> RunAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken)
    {
        var request = new CoverageRequest(
            _options.Read(host, parse),
            TimeSpan.FromSeconds(parse.GetValue(_budget)),
            parse.GetValue(_maxValidationErrors));
        return new CoverageWorkflow(host, output).RunAsync(request, cancellationToken);
    }

    private static void Range(OptionResult result, string name, int min, int max, string unit)
    {
        var value = result.GetValueOrDefault<int>();
        if (value < min || value > max)
        {
            result.AddError($"{name} must be between {min} and {max} {unit}.");
        }
    }
}
