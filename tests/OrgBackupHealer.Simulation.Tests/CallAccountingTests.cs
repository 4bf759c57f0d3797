using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation.Tests;

/// <summary>
/// What happens around a port call: injected faults (in order, with the status and message asked for), hooks, the
/// failed operation named on every error as the real client names it, calls counted per page and counters reset.
/// </summary>
public sealed class CallAccountingTests
{
    private const string Content = """{"plans":{}}""";
    private static readonly CancellationToken s_none = CancellationToken.None;

    private static async Task<OrganizationsException> ErrorOf(Func<Task> call) => await Assert.ThrowsAsync<OrganizationsException>(call);

    [Fact]
    public async Task FaultsInjectedForOneOperationAnswerInTheOrderTheyWereInjected()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(Content);
        org.InjectFault(OrganizationsOperations.ListRoots, OrganizationsErrorCodes.ConcurrentModification, count: 2);
        org.InjectFault(OrganizationsOperations.ListRoots, OrganizationsErrorCodes.AccessDenied, httpStatus: 403, message: "not you");

        // Act
        var first = await ErrorOf(() => org.ListRootsAsync(s_none));
        var second = await ErrorOf(() => org.ListRootsAsync(s_none));
        var third = await ErrorOf(() => org.ListRootsAsync(s_none));
        var fourth = await org.ListRootsAsync(s_none);

        // Assert
        Assert.Equal(
            [
                (OrganizationsErrorCodes.ConcurrentModification, 400, "Injected ConcurrentModificationException for ListRoots."),
                (OrganizationsErrorCodes.ConcurrentModification, 400, "Injected ConcurrentModificationException for ListRoots."),
                (OrganizationsErrorCodes.AccessDenied, 403, "not you"),
            ],
            new[] { first, second, third }.Select(e => (e.ErrorCode, e.HttpStatus ?? 0, e.Message)));
        Assert.Single(fourth);
    }

    [Fact]
    public async Task EveryErrorNamesTheOperationThatFailed()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(Content);
        org.InjectFault(OrganizationsOperations.ListPolicies, OrganizationsErrorCodes.TooManyRequests);

        // Act
        var injected = await ErrorOf(() => org.ListBackupPoliciesAsync(s_none));
        var own = await ErrorOf(() => org.DescribePolicyAsync("p-00000000", s_none));

        // Assert
        Assert.Equal((OrganizationsErrorCodes.TooManyRequests, OrganizationsOperations.ListPolicies), (injected.ErrorCode, injected.Operation));
        Assert.Equal((OrganizationsErrorCodes.PolicyNotFound, OrganizationsOperations.DescribePolicy), (own.ErrorCode, own.Operation));
        Assert.Equal(400, own.HttpStatus);
    }

    [Fact]
    public void AFaultOrHookNeedsAnOperationAndAtLeastOneCall()
    {
        // Arrange
        var org = new SimulatedOrganization();

        // Act
        var noOperation = Record.Exception(() => org.InjectFault("", OrganizationsErrorCodes.ServiceException));
        var noCode = Record.Exception(() => org.InjectFault(OrganizationsOperations.ListRoots, ""));
        var noFaultCalls = Record.Exception(() => org.InjectFault(OrganizationsOperations.ListRoots, OrganizationsErrorCodes.ServiceException, count: 0));
        var noHookOperation = Record.Exception(() => org.BeforeOperation("", () => { }));
        var noHookCalls = Record.Exception(() => org.BeforeOperation(OrganizationsOperations.ListRoots, () => { }, times: 0));

        // Assert
        Assert.IsType<ArgumentException>(noOperation);
        Assert.IsType<ArgumentException>(noCode);
        Assert.IsType<ArgumentOutOfRangeException>(noFaultCalls);
        Assert.IsType<ArgumentException>(noHookOperation);
        Assert.IsType<ArgumentOutOfRangeException>(noHookCalls);
    }

    [Fact]
    public async Task AHookRunsBeforeAsManyCallsAsAskedAndHooksOfOneOperationRunInOrder()
    {
        // Arrange
        var org = new SimulatedOrganization();
        var ran = new List<string>();
        org.BeforeOperation(OrganizationsOperations.ListRoots, () => ran.Add("first"), times: 2);
        org.BeforeOperation(OrganizationsOperations.ListRoots, () => ran.Add("second"));
        org.BeforeOperation(OrganizationsOperations.ListPolicies, () => ran.Add("other"));

        // Act
        for (var i = 0; i < 4; i++)
        {
            await org.ListRootsAsync(s_none);
        }

        // Assert
        Assert.Equal(["first", "first", "second"], ran);
    }

    [Fact]
    public async Task AHookSeesTheOrganizationBeforeTheCallAndItsChangeIsWhatTheCallAnswers()
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { PendingEnableReads = 0 });
        org.BeforeOperation(OrganizationsOperations.ListPolicies, () => org.CreatePolicy(PolicyTypes.BackupPolicy, "raced", Content));

        // Act
        var policies = await org.ListBackupPoliciesAsync(s_none);

        // Assert
        Assert.Equal("raced", Assert.Single(policies).Name);
        Assert.Equal(1, org.TotalCalls);
    }

    [Fact]
    public async Task ResettingTheCountersKeepsFaultsArmed()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(Content);
        org.InjectFault(OrganizationsOperations.ListRoots, OrganizationsErrorCodes.ServiceException, count: 2);
        await ErrorOf(() => org.ListRootsAsync(s_none));

        // Act
        org.ResetCounters();
        var afterReset = await ErrorOf(() => org.ListRootsAsync(s_none));

        // Assert
        Assert.Equal((OrganizationsErrorCodes.ServiceException, 500), (afterReset.ErrorCode, afterReset.HttpStatus ?? 0));
        Assert.Equal(new Dictionary<string, int> { [OrganizationsOperations.ListRoots] = 1 }, org.CallCounts);
    }

    [Fact]
    public async Task FailedWritesAreRecordedWithTheirErrorAndFailedReadsAreCountedButNotRecorded()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(Content);
        var policyId = org.FindPolicyId("org-backup-baseline")!;

        // Act
        await ErrorOf(() => org.EnableBackupPolicyTypeAsync(org.RootId, s_none));
        await ErrorOf(() => org.CreateBackupPolicyAsync(new NewPolicy("org-backup-baseline", "", Content, new Dictionary<string, string>()), s_none));
        await ErrorOf(() => org.UpdateManagedPolicyAsync(new ManagedPolicyId(policyId), new PolicyUpdate(Content: "{"), s_none));
        await ErrorOf(() => org.DescribePolicyAsync("p-00000000", s_none));

        // Assert
        Assert.Equal(
            [
                WriteCall.EnablePolicyType(org.RootId, errorCode: OrganizationsErrorCodes.PolicyTypeAlreadyEnabled),
                WriteCall.CreatePolicy("org-backup-baseline", errorCode: OrganizationsErrorCodes.DuplicatePolicy),
                WriteCall.UpdatePolicy(policyId, OrganizationsErrorCodes.MalformedPolicyDocument),
            ],
            org.Writes);
        Assert.All(org.Writes, w => Assert.False(w.Succeeded));
        Assert.Equal((4, 3), (org.TotalCalls, org.TotalWrites));
        Assert.Equal(1, org.CallsOf(OrganizationsOperations.DescribePolicy));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(6, 3)]
    public async Task AListCountsOneCallPerPageAndOneForAnEmptyList(int accounts, int expectedCalls)
    {
        // Arrange
        var org = new SimulatedOrganization(new SimulationOptions { PageSize = 2 });
        var ou = org.CreateOrganizationalUnit("Workloads");
        for (var i = 0; i < accounts; i++)
        {
            org.CreateAccount($"a{i}", ou);
        }

        // Act
        var listed = await org.ListAccountsForParentAsync(ou, s_none);

        // Assert
        Assert.Equal(accounts, listed.Count);
        Assert.Equal(expectedCalls, org.CallsOf(OrganizationsOperations.ListAccountsForParent));
    }

    [Fact]
    public async Task ACancelledWriteIsNeitherCountedNorRecorded()
    {
        // Arrange
        var org = new SimulatedOrganization();

        // Act
        var call = org.EnableBackupPolicyTypeAsync(org.RootId, new CancellationToken(canceled: true));

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.True(call.IsCanceled);
        Assert.Equal((0, 0), (org.TotalCalls, org.TotalWrites));
        Assert.Null(org.PolicyTypeStatusOf(PolicyTypes.BackupPolicy));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void APageSizeBelowOneIsRefused(int pageSize)
    {
        // Act
        var failure = Record.Exception(() => new SimulatedOrganization(new SimulationOptions { PageSize = pageSize }));

        // Assert
        Assert.IsType<ArgumentOutOfRangeException>(failure);
    }

    [Fact]
    public void ANegativeNumberOfPendingReadsIsRefused()
    {
        // Act
        var failure = Record.Exception(() => new SimulatedOrganization(new SimulationOptions { PendingEnableReads = -1 }));

        // Assert
        Assert.IsType<ArgumentOutOfRangeException>(failure);
    }
}
