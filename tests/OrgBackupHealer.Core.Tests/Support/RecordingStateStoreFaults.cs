using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Tests.Support;

/// <summary>Every state-store failure the code under test reported, in order.</summary>
public sealed class RecordingStateStoreFaults : IStateStoreFaults
{
    private readonly List<(string Operation, Exception Failure)> _failures = [];

    public IReadOnlyList<(string Operation, Exception Failure)> Failures
    {
        get
        {
            lock (_failures)
            {
                return [.. _failures];
            }
        }
    }

    public void StateStoreFailed(string operation, Exception failure)
    {
        lock (_failures)
        {
            _failures.Add((operation, failure));
        }
    }
}
