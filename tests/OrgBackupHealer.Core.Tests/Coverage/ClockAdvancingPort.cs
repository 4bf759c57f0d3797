using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Coverage;

/// <summary>A slow organization: every listing of children or parents moves the clock on, so a budget runs out deterministically.</summary>
internal sealed class ClockAdvancingPort(IOrganizationsPort inner, Microsoft.Extensions.Time.Testing.FakeTimeProvider time, TimeSpan perCall)
    : OrganizationsPortDecorator(inner)
{
    public override Task<IReadOnlyList<OrganizationNode>> ListOrganizationalUnitsForParentAsync(string parentId, CancellationToken cancellationToken)
    {
        time.Advance(perCall);
        return base.ListOrganizationalUnitsForParentAsync(parentId, cancellationToken);
    }

    public override Task<IReadOnlyList<OrganizationNode>> ListParentsAsync(string childId, CancellationToken cancellationToken)
    {
        time.Advance(perCall);
        return base.ListParentsAsync(childId, cancellationToken);
    }
}
