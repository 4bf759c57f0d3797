namespace OrgBackupHealer.Core.Incidents;

/// <summary>Where incidents go: the incident bus (Aws), a list in tests, nowhere for the CLI.</summary>
public interface IIncidentSink
{
    /// <param name="owner">The policy set's owner, which every event names.</param>
    /// <exception cref="Exception">Anything: the <see cref="IncidentOutbox"/> reports it and never lets it fail a repair.</exception>
    Task PublishAsync(string owner, IReadOnlyList<Incident> incidents, CancellationToken cancellationToken);
}
