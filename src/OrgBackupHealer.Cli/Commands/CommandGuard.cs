using System.Text.Json;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>
/// Runs a command body and turns every failure into one line on stderr and exit code 1: the user sees what to
/// fix, never a stack trace.
/// </summary>
internal static class CommandGuard
{
    public static async Task<int> RunAsync(CliHost host, Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Explain(e) is { } reason)
        {
            host.Console.Error.WriteLine("error: " + reason.ReplaceLineEndings(" "));
            return ExitCodes.Error;
        }
    }

    private static string? Explain(Exception error) => error switch
    {
        CliException e => e.Message,
        ReconcileException { InnerException: OrganizationsException inner } e when IsAccessProblem(inner) => inner.Message + Applied(e),
        ReconcileException e => e.Message + Applied(e),
        OrganizationsException e => $"{e.ErrorCode}: {e.Message}",
        HttpRequestException e => $"cannot reach the Organizations endpoint ({e.Message}).",
        IOException or UnauthorizedAccessException => error.Message,
        JsonException e => e.Message,
        OperationCanceledException => "cancelled.",
        _ => CredentialsOrUnexpected(error),
    };

    /// <summary>The client already says what to fix for these (management account, organization in use).</summary>
    private static bool IsAccessProblem(OrganizationsException e) =>
        e.GetType().Name == "OrganizationsAccessException";

    private static string Applied(ReconcileException e) =>
        e.Applied.Count == 0 ? "" : $" ({e.Applied.Count} change(s) were applied before the stop: {string.Join(", ", e.Applied.Select(a => $"{a.Action.Type} {a.Action.Target}"))})";

    private static string CredentialsOrUnexpected(Exception error) =>
        error.GetType().Name == "AwsCredentialsException"
            ? error.Message
            : $"unexpected {error.GetType().Name}: {error.Message}";
}
