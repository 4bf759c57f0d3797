namespace OrgBackupHealer.Core.Incidents;

/// <summary>Publishes nothing: a host without an incident bus (the CLI's plan, tests that do not look).</summary>
public sealed class NoIncidentSink : IIncidentSink
{
    public Task PublishAsync(string owner, IReadOnlyList<Incident> incidents, CancellationToken cancellationToken) => Task.CompletedTask;
}
