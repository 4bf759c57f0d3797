using System.Globalization;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Cli.State;

/// <summary>What the healer remembers, for people (the table) and scripts (<see cref="StateDocument"/>).</summary>
internal static class StateReport
{
    public static void Write(TextWriter output, StateTableSession session, HealerState state, FlapGuardView guard, int eventClaims)
    {
        output.WriteLine($"State table:   {session.Table} ({session.Endpoint})");
        if (session.Unreadable is { } problem)
        {
            output.WriteLine($"Warning:       the state item cannot be read ({problem}). The healer treats it as empty (the flap guard starts from an empty hour) "
                + "and replaces it on its next write; 'state reset-flap-guard' replaces it now.");
        }

        output.WriteLine("Last settled:  " + (state.LastSettledAt is { } settled
            ? $"{Time(settled)} ({Ago(guard.Now - settled)}): error signals within the coalescing window after it are skipped"
            : "never: no reconcile has settled the organization since the table was created"));
        output.WriteLine($"Flap guard:    {guard.RunsInWindow.Count} healing run(s) in the last hour, limit {guard.Limit}: " + (guard.WritingResumesAt is { } resumes
            ? $"TRIPPED, reconciles only report until {Time(resumes)}, or until 'orgbackuphealer state reset-flap-guard --state-table {session.Table}'"
            : "not tripped, the healer writes"));
        if (guard.RunsInWindow.Count > 0)
        {
            output.WriteLine("Healing runs:  " + string.Join(", ", guard.RunsInWindow.Select(Time)));
        }

        var actors = state.ActorsSince(guard.Now - new SafetyOptions().FlapWindow);
        if (actors.Count > 0)
        {
            output.WriteLine("Changed by (drift events of the last hour):");
            var table = new TextTable("AT", "EVENT", "PRINCIPAL");
            foreach (var actor in actors)
            {
                table.Add(Time(actor.At), actor.EventName, actor.Principal);
            }

            table.WriteTo(output);
        }

        output.WriteLine($"Event claims:  {eventClaims} in force (events being processed, or processed in the last 24 hours)");
    }

    public static StateDocument Document(string command, string status, int exitCode, StateTableSession session, HealerState state, FlapGuardView guard, int eventClaims) =>
        new(command, status, exitCode, session.Table, session.Endpoint, guard.RunsInWindow, guard.Limit, guard.Tripped,
            [.. state.ActorsSince(guard.Now - new SafetyOptions().FlapWindow).Select(a => new StateActorReport(a.Principal, a.EventName, a.At))], eventClaims)
        {
            LastSettledAt = state.LastSettledAt,
            WritingResumesAt = guard.WritingResumesAt,
            Unreadable = session.Unreadable,
        };

    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Ago(TimeSpan elapsed) => elapsed switch
    {
        { TotalSeconds: < 0 } => "in the future: check this machine's clock",
        { TotalMinutes: < 1 } => $"{(int)elapsed.TotalSeconds} s ago",
        { TotalHours: < 2 } => $"{(int)elapsed.TotalMinutes} min ago",
        { TotalDays: < 2 } => $"{(int)elapsed.TotalHours} h ago",
        _ => $"{(int)elapsed.TotalDays} days ago",
    };
}
