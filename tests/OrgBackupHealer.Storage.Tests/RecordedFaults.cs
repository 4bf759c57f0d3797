using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Storage.Tests;

/// <summary>What the store reported instead of throwing, in order.</summary>
internal sealed class RecordedFaults : IStateStoreFaults
{
    public List<(string Operation, Exception Failure)> Reported { get; } = [];

    public void StateStoreFailed(string operation, Exception failure) => Reported.Add((operation, failure));
}
