using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Tests.Reconciliation;

/// <summary>The exact sentences an operator reads in the log and on the CLI's error line.</summary>
public sealed class OperatorMessageTests
{
    private const string Target = "ou-ab12-abcdefgh";

    [Theory]
    [InlineData(OrganizationsErrorCodes.TargetNotFound, null,
        "ou-ab12-abcdefgh was not found (no such target): it was deleted, it left the organization, or the id is wrong. Correct the target ids.")]
    [InlineData(OrganizationsErrorCodes.AccountNotFound, null,
        "ou-ab12-abcdefgh was not found (no such target): it was deleted, it left the organization, or the id is wrong. Correct the target ids.")]
    [InlineData(OrganizationsErrorCodes.ConstraintViolation, "POLICY_NUMBER_LIMIT_EXCEEDED",
        "ou-ab12-abcdefgh has as many backup policies attached as Organizations allows (POLICY_NUMBER_LIMIT_EXCEEDED: no such target). Detach one there, or drop the target.")]
    [InlineData(OrganizationsErrorCodes.AccessDenied, null,
        "AttachPolicy to ou-ab12-abcdefgh was denied (no such target). Check SCPs and the delegation policy for this target.")]
    [InlineData(OrganizationsErrorCodes.InvalidInput, null,
        "Organizations refused the target id ou-ab12-abcdefgh (no such target). Correct the target ids.")]
    public void AnUnreachableTargetSaysWhatTheServiceSaidAndWhatToChange(string code, string? reason, string expected)
    {
        // Act
        var unreachable = OperatorGuidance.AsUnreachable(Target, new OrganizationsException(code, "no such target") { Reason = reason });

        // Assert
        Assert.NotNull(unreachable);
        Assert.Equal(expected, unreachable.Message);
    }

    [Fact]
    public void AnUnreachableEndpointIsTransientAndQuotesTheNetworkError()
    {
        // Act
        var diagnosis = OperatorGuidance.Diagnose(
            "Reading the organization", new OrganizationsException(OrganizationsErrorCodes.EndpointUnreachable, "Name or service not known"));

        // Assert
        Assert.Equal(new Diagnosis(FailureKind.Transient, FailureReasons.Transient,
            "Reading the organization could not reach the Organizations endpoint (Name or service not known)."), diagnosis);
    }

    [Fact]
    public void AnyOtherErrorIsTransientAndQuoted()
    {
        // Act
        var diagnosis = OperatorGuidance.Diagnose("AttachPolicy", new IOException("connection reset"));

        // Assert
        Assert.Equal(new Diagnosis(FailureKind.Transient, FailureReasons.Transient, "AttachPolicy failed: connection reset"), diagnosis);
    }

    [Fact]
    public void ADeniedCallNamesTheOperationThatNeedsThePermission()
    {
        // Act
        var message = OperatorGuidance.Explain("Reading the organization",
            new OrganizationsException(OrganizationsErrorCodes.AccessDenied, "not authorized") { Operation = OrganizationsOperations.ListRoots });

        // Assert
        Assert.Contains("with organizations:ListRoots allowed to its role", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeniedCallWithoutAnOperationNamesTheStep()
    {
        // Act
        var message = OperatorGuidance.Explain("AttachPolicy", new OrganizationsException(OrganizationsErrorCodes.AccessDenied, "not authorized"));

        // Assert
        Assert.Contains("with organizations:AttachPolicy allowed to its role", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALimitWithoutAReasonSaysNoneWasGiven()
    {
        // Act
        var diagnosis = OperatorGuidance.Diagnose("CreatePolicy", new OrganizationsException(OrganizationsErrorCodes.ConstraintViolation, "limit"));

        // Assert
        Assert.Equal(new Diagnosis(FailureKind.Terminal, FailureReasons.LimitExceeded,
            "CreatePolicy hit an Organizations limit (no reason given: limit). Raise the quota or free room under it."), diagnosis);
    }
}
