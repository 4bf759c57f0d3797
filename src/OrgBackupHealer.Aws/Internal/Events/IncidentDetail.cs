using System.Globalization;
using System.Text;
using System.Text.Json;
using OrgBackupHealer.Core.Incidents;

namespace OrgBackupHealer.Aws.Internal.Events;

/// <summary>
/// An incident's event <c>detail</c>, as docs/incident-event.schema.json describes it: every member always present
/// (null or empty when unknown), lists capped so an event stays far below EventBridge's 256 KB.
/// </summary>
internal static class IncidentDetail
{
    public const string SchemaVersion = "1";
    public const int MaxItems = 50;
    public const int MaxText = 2000;

    public static string Render(Incident incident, string owner, IncidentLogs? logs, DateTimeOffset at)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("schemaVersion", SchemaVersion);
            json.WriteString("kind", IncidentKinds.Name(incident.Kind));
            json.WriteString("summary", Cap(incident.Summary));
            json.WriteString("owner", owner);
            WriteOptional(json, "policy", incident.Policy);
            WriteList(json, "targets", incident.Targets);
            WriteList(json, "changes", incident.Changes);
            WriteOptional(json, "driftActor", incident.DriftActor);
            WriteList(json, "fixes", incident.Fixes);
            WriteOptional(json, "snapshot", incident.Snapshot);
            WriteOptional(json, "proposalId", incident.ProposalId);
            WriteOptional(json, "proposalExpiresAt", incident.ProposalExpiresAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            WriteOptional(json, "reason", incident.Reason);
            WriteOptional(json, "decidedBy", incident.DecidedBy);
            if (logs is null)
            {
                json.WriteNull("logs");
            }
            else
            {
                json.WriteStartObject("logs");
                json.WriteString("logGroup", logs.LogGroup);
                WriteOptional(json, "logStream", logs.LogStream);
                json.WriteString("url", logs.Url);
                json.WriteEndObject();
            }

            json.WriteString("occurredAt", at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, Cap(value));
        }
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values.Take(MaxItems))
        {
            json.WriteStringValue(Cap(value));
        }

        if (values.Count > MaxItems)
        {
            json.WriteStringValue($"… and {values.Count - MaxItems} more");
        }

        json.WriteEndArray();
    }

    private static string Cap(string text) => text.Length <= MaxText ? text : text[..MaxText] + "…";
}
