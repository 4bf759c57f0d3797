namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>Stands for the Lambda process dying mid-reconcile: nothing in the healer handles it.</summary>
public sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : base("The process died.")
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
