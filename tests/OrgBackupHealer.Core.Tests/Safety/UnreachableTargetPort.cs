using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>
/// Passes everything through to the organization, except that every AttachPolicy to one target fails with a
/// permanent error, as a deleted OU, an account that left or a full attachment quota answer.
/// </summary>
public sealed class UnreachableTargetPort(IOrganizationsPort inner, string unreachableTargetId, OrganizationsException error)
    : OrganizationsPortDecorator(inner)
{
    public int Refusals { get; private set; }

    public override Task AttachManagedPolicyAsync(ManagedPolicyId policy, string targetId, CancellationToken cancellationToken)
    {
        if (targetId != unreachableTargetId)
        {
            return base.AttachManagedPolicyAsync(policy, targetId, cancellationToken);
        }

        Refusals++;
        return Task.FromException(error);
    }
}
