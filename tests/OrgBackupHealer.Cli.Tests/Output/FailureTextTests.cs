using System.Text.Json;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Tests.Output;

/// <summary>
/// The error line and the JSON report's error for each kind of failure a command can stop on: what kind it is (the
/// report's "kind"), its reason and code, and words that say what to do next.
/// </summary>
public sealed class FailureTextTests
{
    public static TheoryData<Exception> InputErrors => new()
    {
        new IOException("the disk is full"),
        new UnauthorizedAccessException("the disk is full"),
        new JsonException("the disk is full"),
    };

    [Theory]
    [MemberData(nameof(InputErrors))]
    public void AFileThatCannotBeReadOrParsedIsAnInputErrorInItsOwnWords(Exception error)
    {
        var failure = FailureText.For(error)!;

        Assert.Equal(new ErrorReport("the disk is full", Failure.InputKind), failure.Report);
        Assert.Equal("the disk is full", failure.Message);
        Assert.Equal(ExitCodes.Error, failure.ExitCode);
    }

    [Fact]
    public void ACancelledRunSaysNothingMoreWasWritten()
    {
        AssertCancelled(FailureText.For(new OperationCanceledException())!);
    }

    [Fact]
    public void AReconcileStoppedByCancellationSaysNothingMoreWasWritten()
    {
        var cancelled = new OperationCanceledException();
        var error = new ReconcileException(OperatorGuidance.Diagnose("UpdatePolicy", cancelled), [], null, cancelled);

        AssertCancelled(FailureText.For(error)!);
    }

    [Fact]
    public void AnExceptionNoCommandExpectsIsNotTranslatedButNamedByUnexpected()
    {
        var error = new InvalidOperationException("a bug");

        Assert.Null(FailureText.For(error));
        var failure = FailureText.Unexpected(error);
        Assert.Equal("unexpected InvalidOperationException: a bug", failure.Message);
        Assert.Equal(new ErrorReport(failure.Message, Failure.TerminalKind), failure.Report);
        Assert.Equal(ExitCodes.Error, failure.ExitCode);
    }

    [Fact]
    public void AReconcileStoppedByAnotherTransientErrorKeepsItsMessageAndReason()
    {
        var error = new ReconcileException(new Diagnosis(FailureKind.Transient, "StateTable", "the state table did not answer."), [], null, new TimeoutException());

        var failure = FailureText.For(error)!;

        Assert.Equal("the state table did not answer.", failure.Message);
        Assert.Equal(new ErrorReport(failure.Message, Failure.TransientKind) { Reason = "StateTable" }, failure.Report);
    }

    [Fact]
    public void ATerminalOrganizationsErrorKeepsTheGuidanceWordsWithItsReasonAndCode()
    {
        var error = new OrganizationsException(OrganizationsErrorCodes.AccessDenied, "not allowed") { Operation = "UpdatePolicy" };

        var failure = FailureText.For(error)!;

        Assert.StartsWith("UpdatePolicy was denied: not allowed. Run the healer in the organization's management account", failure.Message, StringComparison.Ordinal);
        Assert.Equal(
            new ErrorReport(failure.Message, Failure.TerminalKind) { Reason = FailureReasons.AccessDenied, Code = OrganizationsErrorCodes.AccessDenied },
            failure.Report);
    }

    [Fact]
    public void ARequestThatNeverGotAnAnswerSaysToCheckTheEndpointOrAllowMoreTime()
    {
        var error = new OrganizationsException(OrganizationsErrorCodes.RequestTimeout, "no answer in 10 s") { Operation = "ListPolicies" };

        var failure = FailureText.For(error)!;

        Assert.Equal(
            "ListPolicies got no answer in any of its attempts (no answer in 10 s). Check the endpoint (AWS_ENDPOINT_URL_ORGANIZATIONS, AWS_ENDPOINT_URL) "
            + "and the network, or allow more time with --timeout, then run the command again.",
            failure.Message);
        Assert.Equal(new ErrorReport(failure.Message, Failure.TransientKind) { Reason = FailureReasons.Transient, Code = OrganizationsErrorCodes.RequestTimeout }, failure.Report);
    }

    [Fact]
    public void ThrottlingThatOutlastedTheRetriesSaysToRunAgainLaterWithoutADoubledFullStop()
    {
        var error = new OrganizationsException(OrganizationsErrorCodes.TooManyRequests, "Rate exceeded.");

        var failure = FailureText.For(error)!;

        Assert.Equal(
            "A call to Organizations kept failing with TooManyRequestsException after its retries (Rate exceeded): Organizations is throttling or busy. "
            + "Run the command again in a few minutes.",
            failure.Message);
        Assert.Equal(Failure.TransientKind, failure.Report.Kind);
        Assert.Equal(OrganizationsErrorCodes.TooManyRequests, failure.Report.Code);
    }

    private static void AssertCancelled(Failure failure)
    {
        Assert.Equal("cancelled; nothing more was written.", failure.Message);
        Assert.Equal(new ErrorReport("cancelled", Failure.TerminalKind), failure.Report);
        Assert.Equal(ExitCodes.Error, failure.ExitCode);
    }
}
