using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Cli.Output;

/// <summary>validate's report for people: the verdict on stdout, errors and warnings on stderr, grouped by question.</summary>
internal static class ValidationText
{
    public static void Write(CommandOutput output, string path, PolicyVerdict verdict, IReadOnlyList<FindingReport> warnings)
    {
        if (verdict.IsValid)
        {
            var answer = verdict.Scope == PolicyScope.Partial
                ? "valid partial backup policy (AWS would accept it; --partial leaves completeness to the policies it merges with)"
                : "valid backup policy (AWS would accept it, and every plan is complete)";
            output.Human.WriteLine($"{path}: {answer}{(warnings.Count == 0 ? "." : $", with {warnings.Count} warning(s):")}");
            foreach (var warning in warnings)
            {
                output.Error.WriteLine($"warning: {warning.Path}: {warning.Message}");
            }

            return;
        }

        output.Error.WriteLine($"{path}: {verdict.Errors.Count} error(s):");
        WriteSection(output, "rejected: AWS would not accept the document:", verdict.Rejected);
        WriteSection(output, "incomplete: its plans lack elements AWS requires in an effective policy:", verdict.Incomplete ?? []);
        if (verdict.Accepted && verdict.Scope == PolicyScope.Standalone)
        {
            output.Error.WriteLine("(a child policy that holds only its changes is complete once merged: check it with validate --partial)");
        }
    }

    private static void WriteSection(CommandOutput output, string heading, IReadOnlyList<PolicyValidationError> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        output.Error.WriteLine(heading);
        foreach (var error in errors)
        {
            output.Error.WriteLine($"  {error.Path}: {error.Message}");
        }
    }
}
