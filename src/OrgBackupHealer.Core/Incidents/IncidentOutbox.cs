namespace OrgBackupHealer.Core.Incidents;

/// <summary>
/// The incidents of one invocation, collected while it runs and published once at its end, so an incident is
/// published once however the invocation went. A publishing failure is reported to <see cref="IIncidentFaults"/> and
/// swallowed: telling people never fails a repair.
/// </summary>
public sealed class IncidentOutbox(IIncidentSink sink, IIncidentFaults faults, string owner)
{
    private readonly List<Incident> _pending = [];

    public IReadOnlyList<Incident> Pending => _pending;

    public void Add(IEnumerable<Incident> incidents) => _pending.AddRange(incidents);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var batch = _pending.ToList();
        _pending.Clear();
        try
        {
            await sink.PublishAsync(owner, batch, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any failure to tell people is reported, never allowed to fail the repair it is about.
        catch (Exception e)
#pragma warning restore CA1031
        {
            faults.IncidentsNotPublished(batch, e);
        }
    }
}
