using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Resilience;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Core.Tests.Resilience;

public sealed class RetryNoticeTests
{
    [Fact]
    public async Task EveryRetryIsAnnouncedWithTheOperationTheAttemptTheDelayAndTheError()
    {
        // Arrange
        var org = new SimulatedOrganization();
        var time = new ImmediateTimeProvider();
        var notices = new List<RetryNotice>();
        var options = new RetryOptions { MaxAttempts = 4 };
        var port = new RetryingOrganizationsPort(org, time, options, new Random(3), notices.Add);
        org.InjectFault(OrganizationsOperations.ListRoots, OrganizationsErrorCodes.TooManyRequests, count: 2);

        // Act
        var roots = await port.ListRootsAsync(CancellationToken.None);

        // Assert
        Assert.Single(roots);
        Assert.Equal([1, 2], notices.Select(n => n.Attempt));
        Assert.All(notices, n =>
        {
            Assert.Equal(OrganizationsOperations.ListRoots, n.Operation);
            Assert.Equal(4, n.MaxAttempts);
            Assert.Equal(OrganizationsErrorCodes.TooManyRequests, n.Error.ErrorCode);
        });
        var sameDraws = new Random(3);
        Assert.Equal([options.DelayFor(0, sameDraws.NextDouble()), options.DelayFor(1, sameDraws.NextDouble())], notices.Select(n => n.Delay));
    }
}
