using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Tests;

public class OperatorGuidanceTests
{
    [Fact]
    public void QuotesTheServiceWordsNotAnAdapterExplanation()
    {
        var error = new ExplainedAccessDenied("User is not authorized to perform organizations:AttachPolicy");

        var message = OperatorGuidance.Explain("AttachPolicy", error);

        Assert.Contains("User is not authorized to perform organizations:AttachPolicy", message, StringComparison.Ordinal);
        Assert.DoesNotContain(ExplainedAccessDenied.Explanation, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrganizationsErrorCodes.AccessDenied, "Grant the healer's role")]
    [InlineData(OrganizationsErrorCodes.ConstraintViolation, "Organizations limit")]
    [InlineData(OrganizationsErrorCodes.MalformedPolicyDocument, "Fix the policy file")]
    [InlineData(OrganizationsErrorCodes.TooManyRequests, "after retries")]
    public void TellsTheOperatorWhatToDoForEachNonRecoverableError(string code, string advice)
    {
        var message = OperatorGuidance.Explain("UpdatePolicy", new OrganizationsException(code, "service says no"));

        Assert.StartsWith("UpdatePolicy", message, StringComparison.Ordinal);
        Assert.Contains(advice, message, StringComparison.Ordinal);
        Assert.Contains("service says no", message, StringComparison.Ordinal);
    }

    private sealed class ExplainedAccessDenied(string serviceMessage)
        : OrganizationsException(OrganizationsErrorCodes.AccessDenied, Explanation)
    {
        public const string Explanation = "Use credentials of the management account.";

        public override string ServiceMessage { get; } = serviceMessage;
    }
}
