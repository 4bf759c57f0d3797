using System.CommandLine;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.State;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>
/// <c>state show</c>: the last settled reconcile, the healing runs of the flap window and whether they trip the guard,
/// the drift actors, the event claims in force. Reads only. Exit 0, or 2 when the flap guard is tripped.
/// </summary>
internal sealed class StateShowCommand(CliHost host)
{
    public const string Name = "state show";

    /// <summary>The function's own range for HEALER_MAX_HEALING_RUNS_PER_HOUR.</summary>
    private const int MinLimit = 1;
    private const int MaxLimit = 1000;

    private readonly StateTableOptions _options = new();
    private readonly Option<int> _limit = new("--max-healing-runs-per-hour")
    {
        Description = "The deployment's MaxHealingRunsPerHour, to judge the flap guard by.",
        DefaultValueFactory = _ => new SafetyOptions().MaxHealingRunsPerHour,
    };

    public Command Build()
    {
        var command = new Command("show", "Print what the healer remembers: last settled reconcile, healing runs and the flap guard, drift actors, event claims. Exit code 2: the flap guard is tripped.");
        _options.AddTo(command);
        _limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < MinLimit or > MaxLimit)
            {
                result.AddError($"{_limit.Name} must be between {MinLimit} and {MaxLimit}.");
            }
        });
        command.Add(_limit);
        CommandGuard.SetAction(command, host, Name, _options.Format, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken)
    {
        using var session = new StateTableSession(host, parse.GetRequiredValue(_options.Table), parse.GetValue(_options.Profile));
        HealerState state;
        int claims;
        var now = host.Time.GetUtcNow();
        try
        {
            state = await session.Store.ReadStateAsync(cancellationToken).ConfigureAwait(false);
            claims = await session.Store.CountEventClaimsAsync(now, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StateTableErrors.IsTableError(e))
        {
            throw StateTableErrors.For(e, session);
        }

        var guard = FlapGuardView.Of(state, now, parse.GetValue(_limit));
        StateReport.Write(output.Human, session, state, guard, claims);
        var (status, exitCode) = guard.Tripped ? (ReportStatus.FlapGuardTripped, ExitCodes.FlapGuardTripped) : (ReportStatus.Writing, ExitCodes.Success);
        output.Document(StateReport.Document(Name, status, exitCode, session, state, guard, claims));
        return exitCode;
    }
}
