using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Tests.Events;

public class AccessDeniedTriageTests
{
    private const string Prefix = "User: arn:aws:sts::111111111111:assumed-role/Ops/x is not authorized to perform: organizations:AttachPolicy on resource: *";

    [Theory]
    [InlineData("AccessDenied", Prefix + " with an explicit deny in a service control policy", TriageCategory.ServiceControlPolicy)]
    [InlineData("AccessDeniedException", Prefix + " because no service control policy allows the organizations:AttachPolicy action", TriageCategory.ServiceControlPolicy)]
    [InlineData("AccessDenied", Prefix + " because no identity-based policy allows the organizations:AttachPolicy action", TriageCategory.IamIdentityPolicy)]
    [InlineData("AccessDenied", Prefix + " with an explicit deny in an identity-based policy", TriageCategory.IamIdentityPolicy)]
    [InlineData("AccessDenied", Prefix + " with an explicit deny in a VPC endpoint policy", TriageCategory.VpcEndpointPolicy)]
    [InlineData("AccessDenied", Prefix + " because no VPC endpoint policy allows the organizations:AttachPolicy action", TriageCategory.VpcEndpointPolicy)]
    [InlineData("AccessDenied", Prefix + " because no permissions boundary allows the organizations:AttachPolicy action", TriageCategory.PermissionsBoundaryOrSessionPolicy)]
    [InlineData("AccessDenied", Prefix + " because no session policy allows the organizations:AttachPolicy action", TriageCategory.PermissionsBoundaryOrSessionPolicy)]
    [InlineData("AccessDeniedException", "You don't have permissions to access this resource.", TriageCategory.Unknown)]
    [InlineData("AccessDenied", null, TriageCategory.Unknown)]
    [InlineData("TooManyRequestsException", "Rate exceeded", TriageCategory.Throttling)]
    [InlineData("ThrottlingException", "Rate exceeded", TriageCategory.Throttling)]
    [InlineData("Throttling", null, TriageCategory.Throttling)]
    public void NamesTheControlBehindTheError(string code, string? message, TriageCategory expected)
    {
        var category = AccessDeniedTriage.Categorize(code, message);

        Assert.Equal(expected, category);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ConstraintViolationException")]
    [InlineData("accessdenied")]
    [InlineData("ThrottlingExceptionX")]
    public void ReturnsNullForCodesThatAreNotSignals(string? code)
    {
        var category = AccessDeniedTriage.Categorize(code, "with an explicit deny in a service control policy");

        Assert.Null(category);
    }
}
