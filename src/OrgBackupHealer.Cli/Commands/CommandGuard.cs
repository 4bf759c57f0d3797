using System.Text.Json;
using OrgBackupHealer.Aws;
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

    private static string? Explain(Exception error) => Credentials(error)?.Message ?? error switch
    {
        CliException e => e.Message,
        ReconcileException e => e.Message + Applied(e),
        OrganizationsException e => OperatorGuidance.Explain(e.Operation ?? "The call to Organizations", e),
        HttpRequestException e => $"cannot reach the Organizations endpoint ({e.Message}).",
        IOException or UnauthorizedAccessException => error.Message,
        JsonException e => e.Message,
        OperationCanceledException => "cancelled.",
        _ => $"unexpected {error.GetType().Name}: {error.Message}",
    };

    /// <summary>Credential failures surface from inside the HTTP pipeline, possibly wrapped.</summary>
    private static AwsCredentialsException? Credentials(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is AwsCredentialsException credentials)
            {
                return credentials;
            }
        }

        return null;
    }

    private static string Applied(ReconcileException e) =>
        e.Applied.Count == 0 ? "" : $" ({e.Applied.Count} change(s) were applied before the stop: {string.Join(", ", e.Applied.Select(a => $"{a.Action.Type} {a.Action.Target}"))})";
}
