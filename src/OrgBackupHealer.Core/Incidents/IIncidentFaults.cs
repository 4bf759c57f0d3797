namespace OrgBackupHealer.Core.Incidents;

/// <summary>Told when incidents could not be published: the host logs and counts it (IncidentPublishFailed).</summary>
public interface IIncidentFaults
{
    void IncidentsNotPublished(IReadOnlyList<Incident> incidents, Exception failure);
}
