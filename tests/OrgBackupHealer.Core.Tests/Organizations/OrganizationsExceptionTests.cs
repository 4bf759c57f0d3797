using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Tests.Organizations;

public sealed class OrganizationsExceptionTests
{
    [Theory]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(499, false)]
    [InlineData(400, false)]
    public void AServerSideStatusMakesAnyCodeRetryable(int status, bool retryable)
    {
        // Arrange: a code that is not retryable by name.
        var error = new OrganizationsException("SomethingNewException", "the service failed", status);

        // Act / Assert
        Assert.Equal(retryable, error.IsRetryable);
    }

    [Fact]
    public void ACodeThatIsNotRetryableByNameAndHasNoStatusIsNotRetried()
    {
        Assert.False(new OrganizationsException(OrganizationsErrorCodes.AccessDenied, "denied").IsRetryable);
    }
}
