using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Tests.Coverage;

/// <summary>An organization whose ListParents answers what a test says (a malformed or looping answer); every other call reaches the inner port.</summary>
internal sealed class ParentsAnsweringPort(IOrganizationsPort inner, Func<string, IReadOnlyList<OrganizationNode>> parentsOf)
    : OrganizationsPortDecorator(inner)
{
    public override Task<IReadOnlyList<OrganizationNode>> ListParentsAsync(string childId, CancellationToken cancellationToken) =>
        Task.FromResult(parentsOf(childId));
}
