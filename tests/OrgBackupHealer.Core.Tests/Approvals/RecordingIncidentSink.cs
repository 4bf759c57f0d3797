using OrgBackupHealer.Core.Incidents;

namespace OrgBackupHealer.Core.Tests.Approvals;

/// <summary>Every incident published, with the number of publish calls (an outbox publishes once per invocation).</summary>
public sealed class RecordingIncidentSink : IIncidentSink, IIncidentFaults
{
    public List<Incident> Published { get; } = [];

    public int Publishes { get; private set; }

    public Exception? FailWith { get; set; }

    public List<(IReadOnlyList<Incident> Incidents, Exception Failure)> NotPublished { get; } = [];

    public Task PublishAsync(string owner, IReadOnlyList<Incident> incidents, CancellationToken cancellationToken)
    {
        Publishes++;
        if (FailWith is { } failure)
        {
            throw failure;
        }

        Published.AddRange(incidents);
        return Task.CompletedTask;
    }

    public void IncidentsNotPublished(IReadOnlyList<Incident> incidents, Exception failure) => NotPublished.Add((incidents, failure));
}
