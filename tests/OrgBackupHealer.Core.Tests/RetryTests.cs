using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Resilience;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Core.Tests;

public sealed class RetryTests
{
    private static readonly RetryOptions s_options = new();

    [Theory]
    [InlineData(0, 250)]
    [InlineData(1, 500)]
    [InlineData(3, 2000)]
    [InlineData(5, 8000)]
    [InlineData(20, 8000)]
    public void DelayIsFullJitterUpToTheCappedExponentialCeiling(int retry, double ceilingMs)
    {
        Assert.Equal(TimeSpan.Zero, s_options.DelayFor(retry, 0));
        Assert.Equal(ceilingMs / 2, s_options.DelayFor(retry, 0.5).TotalMilliseconds, precision: 6);
        Assert.True(s_options.DelayFor(retry, 0.999999).TotalMilliseconds <= ceilingMs);
        Assert.True(s_options.DelayFor(retry, 0.999999).TotalMilliseconds > ceilingMs * 0.99);
    }

    [Fact]
    public async Task RetriesUpToMaxAttemptsWithBoundedDelaysThenSurfacesTheError()
    {
        var org = new SimulatedOrganization();
        var time = new ImmediateTimeProvider();
        var options = new RetryOptions { MaxAttempts = 4, BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(300) };
        var port = new RetryingOrganizationsPort(org, time, options, new Random(3));
        org.InjectFault("ListRoots", OrganizationsErrorCodes.TooManyRequests, count: 10);

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => port.ListRootsAsync(CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.TooManyRequests, error.ErrorCode);
        Assert.Equal(4, org.CallsOf("ListRoots"));
        var delays = time.Delays.ToArray();
        Assert.Equal(3, delays.Length);
        Assert.All(delays.Zip([100.0, 200.0, 300.0]), d => Assert.InRange(d.First.TotalMilliseconds, 0, d.Second));
    }

    [Fact]
    public async Task SucceedsOnceTheFaultsRunOut()
    {
        var org = new SimulatedOrganization();
        var port = new RetryingOrganizationsPort(org, new ImmediateTimeProvider(), s_options, new Random(3));
        org.InjectFault("EnablePolicyType", OrganizationsErrorCodes.ConcurrentModification, count: 2);
        org.InjectFault("EnablePolicyType", OrganizationsErrorCodes.ServiceException, count: 1);

        var root = await port.EnableBackupPolicyTypeAsync(org.RootId, CancellationToken.None);

        Assert.Equal(PolicyTypeStatus.PendingEnable, root.BackupPolicyStatus);
        Assert.Equal(4, org.CallsOf("EnablePolicyType"));
    }

    [Theory]
    [InlineData(OrganizationsErrorCodes.AccessDenied)]
    [InlineData(OrganizationsErrorCodes.ConstraintViolation)]
    [InlineData(OrganizationsErrorCodes.MalformedPolicyDocument)]
    [InlineData(OrganizationsErrorCodes.DuplicatePolicyAttachment)]
    public async Task PassesNonRetryableErrorsThroughAtOnce(string errorCode)
    {
        var org = new SimulatedOrganization();
        var time = new ImmediateTimeProvider();
        var port = new RetryingOrganizationsPort(org, time, s_options, new Random(3));
        org.InjectFault("AttachPolicy", errorCode);

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => port.AttachManagedPolicyAsync(new ManagedPolicyId(SimulatedOrganization.FullAwsAccessPolicyId), org.RootId, CancellationToken.None));

        Assert.Equal(errorCode, error.ErrorCode);
        Assert.Equal(1, org.CallsOf("AttachPolicy"));
        Assert.Empty(time.Delays);
    }

    [Fact]
    public void ServerErrorsAreRetryableWhateverTheirCode()
    {
        Assert.True(new OrganizationsException("InternalFailure", "boom", 503).IsRetryable);
        Assert.False(new OrganizationsException(OrganizationsErrorCodes.InvalidInput, "bad", 400).IsRetryable);
    }
}
