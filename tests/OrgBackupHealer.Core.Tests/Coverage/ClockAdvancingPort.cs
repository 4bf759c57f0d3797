using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Coverage;

/// <summary>A slow organization: every tree listing moves the clock on, so a budget runs out deterministically.</summary>
internal sealed class ClockAdvancingPort(IOrganizationsPort inner, Microsoft.Extensions.Time.Testing.FakeTimeProvider time, TimeSpan perCall)
    : OrganizationsPortDecorator(inner)
{
    public override Task<IReadOnlyList<OrganizationNode>> ListOrganizationalUnitsForParentAsync(string parentId, CancellationToken cancellationToken)
    {
        time.Advance(perCall);
        return base.ListOrganizationalUnitsForParentAsync(parentId, cancellationToken);
    }
}
