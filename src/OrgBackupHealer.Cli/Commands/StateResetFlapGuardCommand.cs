using System.CommandLine;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.State;
using OrgBackupHealer.Cli.Terminal;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>
/// <c>state reset-flap-guard</c>: clears the healing runs the flap guard counts, after confirmation, so the next
/// reconcile writes again (redeploying does not: the table survives a stack update). The settled time and the drift
/// actors stay. An unreadable state item is replaced too. Exit 0 cleared or nothing to clear, 4 not confirmed.
/// </summary>
internal sealed class StateResetFlapGuardCommand(CliHost host)
{
    public const string Name = "state reset-flap-guard";

    private readonly StateTableOptions _options = new();
    private readonly Option<bool> _yes = CommonOptions.Yes();

    public Command Build()
    {
        var command = new Command("reset-flap-guard", "Clear the healing-run history the flap guard counts, after confirmation, so the healer writes again.");
        _options.AddTo(command);
        command.Add(_yes);
        CommandGuard.SetAction(command, host, Name, _options.Format, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken)
    {
        using var session = new StateTableSession(host, parse.GetRequiredValue(_options.Table), parse.GetValue(_options.Profile));
        var now = host.Time.GetUtcNow();
        try
        {
            var state = await session.Store.ReadStateAsync(cancellationToken).ConfigureAwait(false);
            var claims = await session.Store.CountEventClaimsAsync(now, cancellationToken).ConfigureAwait(false);
            var guard = FlapGuardView.Of(state, now, new SafetyOptions().MaxHealingRunsPerHour);
            StateReport.Write(output.Human, session, state, guard, claims);
            var document = StateReport.Document(Name, "", 0, session, state, guard, claims);
            if (state.HealingRuns.Count == 0 && session.Unreadable is null)
            {
                output.Human.WriteLine("Nothing to reset: no healing run is recorded.");
                output.Document(document with { Status = ReportStatus.NothingToReset, HealingRunsCleared = 0 });
                return ExitCodes.Success;
            }

            if (!parse.GetValue(_yes) && NotConfirmed(output, session, state) is { } refusal)
            {
                output.Document(document with { Status = ReportStatus.Declined, ExitCode = ExitCodes.NotConfirmed, Error = refusal });
                return ExitCodes.NotConfirmed;
            }

            var cleared = 0;
            await session.Store.UpdateStateAsync(s =>
            {
                cleared = s.HealingRuns.Count;
                return s with { HealingRuns = [] };
            }, cancellationToken).ConfigureAwait(false);
            output.Human.WriteLine($"Cleared {cleared} healing run(s): the healer writes again from its next reconcile (unless the stack runs with Mode=report).");
            output.Document(document with { Status = ReportStatus.Reset, HealingRunsCleared = cleared });
            return ExitCodes.Success;
        }
        catch (Exception e) when (StateTableErrors.IsTableError(e))
        {
            throw StateTableErrors.For(e, session);
        }
    }

    /// <summary>Null when the user said yes; otherwise why nothing will be written (also printed on stderr).</summary>
    private ErrorReport? NotConfirmed(CommandOutput output, StateTableSession session, HealerState state)
    {
        var question = session.Unreadable is null
            ? $"Clear {state.HealingRuns.Count} healing run(s) from {session.Table} so the healer writes again?"
            : $"Replace the unreadable state item of {session.Table} with an empty one?";
        return Confirmation.Refusal(host.Console, output, question, "clear the healing runs shown above");
    }
}
