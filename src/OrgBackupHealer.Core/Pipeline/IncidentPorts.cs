using OrgBackupHealer.Core.Approvals;
using OrgBackupHealer.Core.Incidents;

namespace OrgBackupHealer.Core.Pipeline;

/// <summary>Where a pipeline keeps proposals and tells incidents; <see cref="None(IHealerReport)"/> keeps proposals in memory and tells nobody.</summary>
public sealed record IncidentPorts(IProposalStore Proposals, IIncidentSink Sink, IIncidentFaults Faults)
{
    public static IncidentPorts None(IHealerReport report) =>
        new(new InMemoryProposalStore(), new NoIncidentSink(), report as IIncidentFaults ?? new IgnoredIncidentFaults());

    private sealed class IgnoredIncidentFaults : IIncidentFaults
    {
        public void IncidentsNotPublished(IReadOnlyList<Incident> incidents, Exception failure)
        {
        }
    }
}
