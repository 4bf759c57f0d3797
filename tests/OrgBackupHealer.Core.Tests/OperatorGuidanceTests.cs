using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Tests;

public sealed class OperatorGuidanceTests
{
    [Theory]
    [InlineData(OrganizationsErrorCodes.AccessDenied, null, FailureReasons.AccessDenied, "delegated to administer backup policies")]
    [InlineData(OrganizationsErrorCodes.AwsOrganizationsNotInUse, null, FailureReasons.NoOrganization, "management account")]
    [InlineData(OrganizationsErrorCodes.PolicyTypeNotAvailableForOrganization, null, FailureReasons.AllFeaturesRequired, "all features")]
    [InlineData(OrganizationsErrorCodes.ConstraintViolation, "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE", FailureReasons.AllFeaturesRequired, "all features")]
    [InlineData(OrganizationsErrorCodes.ConstraintViolation, "POLICY_CONTENT_LIMIT_EXCEEDED", FailureReasons.PolicyDocumentRejected, "Shorten the policy file")]
    [InlineData(OrganizationsErrorCodes.ConstraintViolation, "POLICY_NUMBER_LIMIT_EXCEEDED", FailureReasons.LimitExceeded, "POLICY_NUMBER_LIMIT_EXCEEDED")]
    [InlineData(OrganizationsErrorCodes.MalformedPolicyDocument, null, FailureReasons.PolicyDocumentRejected, "Fix the policy file")]
    [InlineData(OrganizationsErrorCodes.DuplicatePolicy, null, FailureReasons.OwnershipConflict, "--adopt-policy-id")]
    [InlineData(OrganizationsErrorCodes.UnsupportedApiEndpoint, null, FailureReasons.PolicyTypeUnavailable, "us-east-1")]
    [InlineData(OrganizationsErrorCodes.InvalidInput, null, FailureReasons.Rejected, "InvalidInputException")]
    public void TerminalErrorsAreNotRetriedAndSayWhatToChange(string code, string? reason, string expectedReason, string advice)
    {
        // Arrange
        var error = new OrganizationsException(code, "service says no") { Reason = reason, Operation = "UpdatePolicy" };

        // Act
        var diagnosis = OperatorGuidance.Diagnose("UpdatePolicy", error);

        // Assert
        Assert.Equal(FailureKind.Terminal, diagnosis.Kind);
        Assert.Equal(expectedReason, diagnosis.Reason);
        Assert.StartsWith("UpdatePolicy", diagnosis.Message, StringComparison.Ordinal);
        Assert.Contains(advice, diagnosis.Message, StringComparison.Ordinal);
        Assert.Contains("service says no", diagnosis.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrganizationsErrorCodes.TooManyRequests)]
    [InlineData(OrganizationsErrorCodes.ThrottlingException)]
    [InlineData(OrganizationsErrorCodes.Throttling)]
    [InlineData(OrganizationsErrorCodes.ConcurrentModification)]
    [InlineData(OrganizationsErrorCodes.PolicyChangesInProgress)]
    [InlineData(OrganizationsErrorCodes.RequestTimeout)]
    [InlineData(OrganizationsErrorCodes.PolicyTypeNotEnabled)]
    public void TransientErrorsAreRetriedAndSaySo(string code)
    {
        // Act
        var diagnosis = OperatorGuidance.Diagnose("AttachPolicy", new OrganizationsException(code, "busy"));

        // Assert
        Assert.Equal(FailureKind.Transient, diagnosis.Kind);
        Assert.Equal(FailureReasons.Transient, diagnosis.Reason);
        Assert.Contains("tried again", diagnosis.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("next event or schedule", diagnosis.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesTheThrottlingTypeWhenTheServiceGivesOne()
    {
        // Arrange
        var error = new OrganizationsException(OrganizationsErrorCodes.TooManyRequests, "Rate exceeded") { ExceptionType = "CreatePolicy" };

        // Act
        var message = OperatorGuidance.Explain("CreatePolicy", error);

        // Assert
        Assert.Contains("TooManyRequestsException (CreatePolicy)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDeadlineIsTransient()
    {
        // Act
        var diagnosis = OperatorGuidance.Diagnose("ListRoots", new OperationCanceledException());

        // Assert
        Assert.Equal(FailureKind.Transient, diagnosis.Kind);
        Assert.Contains("deadline", diagnosis.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrganizationsErrorCodes.TargetNotFound, null, UnreachableReasons.NotFound)]
    [InlineData(OrganizationsErrorCodes.ConstraintViolation, "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED", UnreachableReasons.AttachmentLimit)]
    [InlineData(OrganizationsErrorCodes.AccessDenied, null, UnreachableReasons.AccessDenied)]
    [InlineData(OrganizationsErrorCodes.InvalidInput, null, UnreachableReasons.InvalidTarget)]
    public void PerTargetAttachErrorsMakeThatTargetUnreachable(string code, string? reason, string expected)
    {
        // Act
        var unreachable = OperatorGuidance.AsUnreachable("ou-ab12-abcdefgh", new OrganizationsException(code, "no") { Reason = reason });

        // Assert
        Assert.NotNull(unreachable);
        Assert.Equal(("ou-ab12-abcdefgh", expected), (unreachable.TargetId, unreachable.Reason));
    }

    [Theory]
    [InlineData(OrganizationsErrorCodes.TooManyRequests)]
    [InlineData(OrganizationsErrorCodes.PolicyTypeNotEnabled)]
    [InlineData(OrganizationsErrorCodes.ConstraintViolation)]
    public void OrganizationWideAttachErrorsAreNotAboutTheTarget(string code)
    {
        // Act
        var unreachable = OperatorGuidance.AsUnreachable("ou-ab12-abcdefgh", new OrganizationsException(code, "no") { Reason = "POLICY_CONTENT_LIMIT_EXCEEDED" });

        // Assert
        Assert.Null(unreachable);
    }
}
