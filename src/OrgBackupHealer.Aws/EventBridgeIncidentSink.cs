using OrgBackupHealer.Aws.Internal;
using OrgBackupHealer.Aws.Internal.Events;
using OrgBackupHealer.Core.Incidents;

namespace OrgBackupHealer.Aws;

/// <summary>
/// Publishes incidents with EventBridge PutEvents (JSON 1.1, SigV4 with AWSSDK.Core's signer, the Organizations
/// client's transport): source <see cref="IncidentKinds.Source"/>, detail-type <see cref="IncidentKinds.DetailType"/>,
/// detail as docs/incident-event.schema.json, on one bus. Ten entries per call, the service's limit. An entry the
/// service refuses makes the whole publish fail (the outbox logs and counts it); one attempt, no retry of its own.
/// </summary>
public sealed class EventBridgeIncidentSink : IIncidentSink, IDisposable
{
    public const int MaxEntriesPerCall = 10;

    private static readonly WireOperation<PutEventsRequest, PutEventsResponse> s_putEvents =
        new("PutEvents", OrganizationsJsonContext.Default.PutEventsRequest, OrganizationsJsonContext.Default.PutEventsResponse);

    private readonly HttpClient _http;
    private readonly AwsJsonTransport _transport;
    private readonly string _bus;
    private readonly IncidentLogs? _logs;
    private readonly TimeProvider _time;

    internal EventBridgeIncidentSink(HttpClient http, AwsJsonTransport transport, string bus, IncidentLogs? logs, TimeProvider time)
    {
        _http = http;
        _transport = transport;
        _bus = bus;
        _logs = logs;
        _time = time;
    }

    /// <summary>The bus name the events go to ("default": the account's default bus).</summary>
    public string Bus => _bus;

    public Uri Endpoint => _transport.Endpoint;

    public async Task PublishAsync(string owner, IReadOnlyList<Incident> incidents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var at = _time.GetUtcNow();
        foreach (var chunk in incidents.Chunk(MaxEntriesPerCall))
        {
            var entries = chunk.Select(i => new PutEventsRequestEntry(
                IncidentKinds.Source, IncidentKinds.DetailType(i.Kind), IncidentDetail.Render(i, owner, _logs, at), _bus)).ToArray();
            var response = await _transport.SendAsync(s_putEvents, new PutEventsRequest(entries), cancellationToken).ConfigureAwait(false);
            if (response.FailedEntryCount > 0)
            {
                var errors = (response.Entries ?? []).Where(e => e.ErrorCode is not null).Select(e => $"{e.ErrorCode}: {e.ErrorMessage}").Distinct(StringComparer.Ordinal);
                throw new InvalidOperationException($"EventBridge refused {response.FailedEntryCount} of {entries.Length} incident event(s) on bus '{_bus}': {string.Join("; ", errors)}");
            }
        }
    }

    public void Dispose() => _http.Dispose();
}
