using System.CommandLine;
using OrgBackupHealer.Cli.Input;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Inheritance;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>
/// <c>validate FILE</c>: two questions about a backup policy, answered apart. Would AWS accept the document, and, for
/// a policy meant to stand alone, is every plan complete; <c>--partial</c> asks only the first, for a child policy
/// merged under a parent. Exit 0 when every question asked has a yes, 1 with each error, its JSON path and its question.
/// A valid policy whose plans a child policy could still override gets a warning per open key (the exit code stays 0):
/// a baseline on the root protects every account only when OUs cannot weaken it. <c>--policy-set FILE</c> checks a
/// whole policy set: its fields, whether AWS would accept each entry, and whether the merge at each target is complete.
/// </summary>
internal sealed class ValidateCommand(CliHost host)
{
    private readonly Argument<string?> _file = new("FILE") { Description = "The backup policy document to check.", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<string?> _policySet = new("--policy-set")
    {
        Description = "Check a policy set instead: every entry as AWS would, and the merge of the entries that reach each target for completeness.",
    };
    private readonly Option<string> _output = CommonOptions.Output();
    private readonly Option<bool> _partial = new("--partial")
    {
        Description = "The file is a child policy merged under a parent: check only that AWS would accept it, not that its plans are complete.",
    };

    public Command Build()
    {
        var command = new Command("validate", "Check a backup policy against AWS's backup policy grammar: would AWS accept it, and is every plan complete.") { _file, _partial, _policySet, _output };
        CommandGuard.SetAction(command, host, "validate", parse => CommonOptions.ReadFormat(parse, _output), (parse, output, _) => Task.FromResult(Run(parse, output)));
        return command;
    }

    private int Run(ParseResult parse, CommandOutput output)
    {
        if (parse.GetValue(_policySet) is { } setFile)
        {
            return parse.GetValue(_file) is null && !parse.GetValue(_partial)
                ? ValidateSet(host.ResolvePath(setFile), output)
                : throw CliException.Usage("--policy-set checks a whole set: give it without FILE and without --partial.");
        }

        var path = host.ResolvePath(parse.GetValue(_file) ?? throw CliException.Usage("validate needs FILE, or --policy-set FILE."));
        var content = InputFile.ReadText(path, "policy file", TextFiles.MaxPolicyFileBytes);
        var scope = parse.GetValue(_partial) ? PolicyScope.Partial : PolicyScope.Standalone;
        var verdict = BackupPolicyValidator.Check(content, scope);
        var warnings = verdict.IsValid
            ? PlanLockAnalysis.FindKeysOpenToChildPolicies(PolicyDocument.Parse(content, scope)).Select(Warning).ToList()
            : [];
        ValidationText.Write(output, path, verdict, warnings);

        var exitCode = verdict.IsValid ? ExitCodes.Success : ExitCodes.Error;
        output.Document(new ValidationReport(
            verdict.IsValid ? ReportStatus.Valid : ReportStatus.Invalid,
            exitCode,
            path,
            verdict.IsValid,
            scope == PolicyScope.Partial ? "partial" : "standalone",
            verdict.Accepted,
            verdict.Complete,
            [
                .. verdict.Rejected.Select(e => new ValidationErrorReport(e.Path, e.Message, ValidationErrorReport.Rejected)),
                .. (verdict.Incomplete ?? []).Select(e => new ValidationErrorReport(e.Path, e.Message, ValidationErrorReport.Incomplete)),
            ],
            warnings));
        return exitCode;
    }

    /// <summary>The set's own problems and each entry's rejections are question (a); an incomplete merge at a target is (b).</summary>
    private static int ValidateSet(string path, CommandOutput output)
    {
        IReadOnlyList<string> errors;
        try
        {
            var set = Core.Desired.PolicySetLoader.Load(path);
            output.Human.WriteLine($"{path}: valid policy set of owner '{set.Owner}', {set.Entries.Count} entr{(set.Entries.Count == 1 ? "y" : "ies")} ({string.Join(", ", set.Entries.Select(e => e.Key))}).");
            errors = [];
        }
        catch (Core.Desired.PolicySetException e)
        {
            errors = e.Errors;
            output.Error.WriteLine($"{path}: {errors.Count} error(s):");
            foreach (var error in errors)
            {
                output.Error.WriteLine($"  {error}");
            }
        }

        var reports = errors.Select(SetError).ToList();
        var exitCode = errors.Count == 0 ? ExitCodes.Success : ExitCodes.Error;
        output.Document(new ValidationReport(
            errors.Count == 0 ? ReportStatus.Valid : ReportStatus.Invalid,
            exitCode,
            path,
            errors.Count == 0,
            "policySet",
            reports.All(r => r.Kind != ValidationErrorReport.Rejected),
            reports.All(r => r.Kind != ValidationErrorReport.Incomplete),
            reports,
            []));
        return exitCode;
    }

    /// <summary>"where: what" from the loader's line; where is the set's field, the entry, or the target of a merge.</summary>
    private static ValidationErrorReport SetError(string error)
    {
        var split = error.IndexOf(": ", StringComparison.Ordinal);
        var (where, what) = split < 0 ? ("$", error) : (error[..split], error[(split + 2)..]);
        var kind = error.StartsWith("policies merged at ", StringComparison.Ordinal) ? ValidationErrorReport.Incomplete : ValidationErrorReport.Rejected;
        return new ValidationErrorReport(where, what, kind);
    }

    /// <summary>OpenKey's line is "PATH: what is open; how to lock it": the path and the rest go to separate fields.</summary>
    private static FindingReport Warning(OpenKey key)
    {
        var line = key.ToString();
        var prefix = key.Path + ": ";
        return new FindingReport(key.Path, line.StartsWith(prefix, StringComparison.Ordinal) ? line[prefix.Length..] : line);
    }
}
