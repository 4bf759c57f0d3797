using System.Text.Json;
using OrgBackupHealer.Aws;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Output;

/// <summary>
/// Turns an exception into what a person at a terminal can act on. Terminal diagnoses keep OperatorGuidance's words
/// (shared with the Lambda); transient ones are worded for a command that has stopped, because the Lambda's "it will
/// be tried again" is not true of a CLI run: the person re-runs it.
/// </summary>
internal static class FailureText
{
    public static Failure? For(Exception error) => Credentials(error) is { } credentials
        ? new(credentials.Message, new(credentials.Message, Failure.TerminalKind) { Reason = "Credentials" }, ExitCodes.Error)
        : error switch
        {
            CliException e => new(e.Message, new(e.Message, e.ExitCode == ExitCodes.Usage ? Failure.UsageKind : Failure.InputKind), e.ExitCode),
            ReconcileException e => Reconcile(e),
            OrganizationsException e => FromDiagnosis(OperatorGuidance.Diagnose(e.Operation ?? "The call to Organizations", e), e, e.ErrorCode),
            IOException or UnauthorizedAccessException or JsonException => new(error.Message, new(error.Message, Failure.InputKind), ExitCodes.Error),
            OperationCanceledException => new("cancelled; nothing more was written.", new("cancelled", Failure.TerminalKind), ExitCodes.Error),
            _ => null,
        };

    public static Failure Unexpected(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = $"unexpected {error.GetType().Name}: {error.Message}";
        return new(message, new(message, Failure.TerminalKind), ExitCodes.Error);
    }

    private static Failure Reconcile(ReconcileException e) => e.InnerException switch
    {
        _ when e.IsTerminal => new(e.Message, new(e.Message, Failure.TerminalKind) { Reason = e.Diagnosis.Reason, Code = e.ErrorCode }, ExitCodes.Error),
        OrganizationsException inner => FromDiagnosis(e.Diagnosis, inner, inner.ErrorCode),
        OperationCanceledException => new("cancelled; nothing more was written.", new("cancelled", Failure.TerminalKind), ExitCodes.Error),
        _ => Transient(e.Message, e.Diagnosis.Reason),
    };

    private static Failure FromDiagnosis(Diagnosis diagnosis, OrganizationsException error, string code)
    {
        if (diagnosis.Kind == FailureKind.Terminal)
        {
            return new(diagnosis.Message, new(diagnosis.Message, Failure.TerminalKind) { Reason = diagnosis.Reason, Code = code }, ExitCodes.Error);
        }

        var operation = error.Operation ?? "A call to Organizations";
        var message = error.ErrorCode switch
        {
            OrganizationsErrorCodes.EndpointUnreachable => Unreachable(error),
            OrganizationsErrorCodes.RequestTimeout =>
                $"{operation} got no answer in any of its attempts ({error.Message}). Check the endpoint (AWS_ENDPOINT_URL_ORGANIZATIONS, AWS_ENDPOINT_URL) and the network, or allow more time with --timeout, then run the command again.",
            OrganizationsErrorCodes.PolicyTypeNotEnabled =>
                $"{operation} failed: BACKUP_POLICY was disabled on the root while this run was repairing it ({error.Message}); something else is changing the organization. Run the command again.",
            _ =>
                $"{operation} kept failing with {error.ErrorCode} after its retries ({error.Message.TrimEnd('.')}): Organizations is throttling or busy. Run the command again in a few minutes.",
        };
        return new(message, new(message, Failure.TransientKind) { Reason = diagnosis.Reason, Code = code }, ExitCodes.Error);
    }

    private static Failure Transient(string message, string? reason) =>
        new(message, new(message, Failure.TransientKind) { Reason = reason ?? FailureReasons.Transient }, ExitCodes.Error);

    private static string Unreachable(OrganizationsException error) =>
        $"cannot reach the Organizations endpoint ({error.Message}). Check the endpoint (AWS_ENDPOINT_URL_ORGANIZATIONS, AWS_ENDPOINT_URL) and the network, then run the command again.";

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
}
