using System.CommandLine;

namespace OrgBackupHealer.Cli.Commands;

/// <summary><c>state</c>: what the deployed healer remembers in its state table, and the one thing an operator may clear.</summary>
internal sealed class StateCommand(CliHost host)
{
    public Command Build() => new("state", "Look at the deployed healer's state table (show), or clear its healing-run history so it writes again (reset-flap-guard).")
    {
        new StateShowCommand(host).Build(),
        new StateResetFlapGuardCommand(host).Build(),
    };
}
