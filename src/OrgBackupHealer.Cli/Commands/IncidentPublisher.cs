using OrgBackupHealer.Aws;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Core.Incidents;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>
/// --incident-bus: a decision taken at the terminal (approve, reject) is told on the healer's bus like one the function
/// takes, once, through the same outbox. A failure to publish is printed and never changes the exit code: the decision
/// is already recorded in the state table.
/// </summary>
internal static class IncidentPublisher
{
    public static async Task PublishAsync(
        CliHost host, CommandOutput output, string? bus, string? profile, string owner, IEnumerable<Incident> incidents, CancellationToken cancellationToken)
    {
        if (bus is null)
        {
            return;
        }

        var faults = new PrintedFaults(output, bus);
        using var sink = EventBridgeIncidentSinkFactory.Create(bus, host.Environment, CliCredentials.Resolve(host, profile), host.Time);
        var outbox = new IncidentOutbox(sink, faults, owner);
        outbox.Add(incidents);
        var count = outbox.Pending.Count;
        await outbox.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (!faults.Failed && count > 0)
        {
            output.Human.WriteLine($"Published {count} incident event(s) on bus '{bus}'.");
        }
    }

    private sealed class PrintedFaults(CommandOutput output, string bus) : IIncidentFaults
    {
        public bool Failed { get; private set; }

        public void IncidentsNotPublished(IReadOnlyList<Incident> incidents, Exception failure)
        {
            Failed = true;
            output.WarningLine($"{incidents.Count} incident event(s) could not be published on bus '{bus}': {failure.Message}");
        }
    }
}
