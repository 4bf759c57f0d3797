using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>
/// Sits between the retrying decorator and the organization and applies one <see cref="FaultKind"/> at the
/// n-th write call (1-based; retries of a faulted call are not counted again). Counts the writes that reached
/// the organization, so a test can check a snapshot came before the first of them.
/// </summary>
public sealed class FaultInjectingPort(IOrganizationsPort inner, int faultAtWrite, FaultKind fault, Func<Task> racingInvocation)
    : OrganizationsPortDecorator(inner)
{
    public const int ThrottledTimes = 3;
    private int _writesSeen;
    private int _throttlesLeft;

    public bool Fired { get; private set; }

    public int WritesReachingOrganization { get; private set; }

    public override Task<PolicySummary> CreateBackupPolicyAsync(NewPolicy policy, CancellationToken cancellationToken) =>
        WriteAsync(() => base.CreateBackupPolicyAsync(policy, cancellationToken));

    public override Task<PolicySummary> UpdateManagedPolicyAsync(ManagedPolicyId policy, PolicyUpdate update, CancellationToken cancellationToken) =>
        WriteAsync(() => base.UpdateManagedPolicyAsync(policy, update, cancellationToken));

    public override Task AttachManagedPolicyAsync(ManagedPolicyId policy, string targetId, CancellationToken cancellationToken) =>
        WriteAsync(async () =>
        {
            await base.AttachManagedPolicyAsync(policy, targetId, cancellationToken);
            return true;
        });

    public override Task TagManagedPolicyAsync(ManagedPolicyId policy, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken) =>
        WriteAsync(async () =>
        {
            await base.TagManagedPolicyAsync(policy, tags, cancellationToken);
            return true;
        });

    public override Task<OrganizationRoot> EnableBackupPolicyTypeAsync(string rootId, CancellationToken cancellationToken) =>
        WriteAsync(() => base.EnableBackupPolicyTypeAsync(rootId, cancellationToken));

    private async Task<T> WriteAsync<T>(Func<Task<T>> call)
    {
        if (_throttlesLeft > 0)
        {
            _throttlesLeft--;
            throw new OrganizationsException(OrganizationsErrorCodes.TooManyRequests, "Rate exceeded", 400);
        }

        if (++_writesSeen != faultAtWrite || Fired)
        {
            return await PassAsync(call);
        }

        Fired = true;
        switch (fault)
        {
            case FaultKind.CrashBeforeCall:
                throw new SimulatedCrashException();
            case FaultKind.CrashAfterCallSucceeded:
                await PassAsync(call);
                throw new SimulatedCrashException();
            case FaultKind.Throttled:
                _throttlesLeft = ThrottledTimes - 1;
                throw new OrganizationsException(OrganizationsErrorCodes.TooManyRequests, "Rate exceeded", 400);
            case FaultKind.ConcurrentModification:
                throw new OrganizationsException(OrganizationsErrorCodes.ConcurrentModification,
                    "The target of the operation is currently being modified by a different request.", 400);
            case FaultKind.RacingInvocation:
                await racingInvocation();
                return await PassAsync(call);
            default:
                throw new InvalidOperationException($"Unknown fault {fault}.");
        }
    }

    private Task<T> PassAsync<T>(Func<Task<T>> call)
    {
        WritesReachingOrganization++;
        return call();
    }
}
