namespace OrgBackupHealer.Simulation;

/// <summary>An action run just before the next <see cref="Remaining"/> calls of an operation execute.</summary>
internal sealed class OperationHook(Action action, int remaining)
{
    public Action Action { get; } = action;

    public int Remaining { get; set; } = remaining;
}
