namespace OrgBackupHealer.Core.Safety;

/// <summary>
/// Where a state-store failure that must not stop the healer is reported (the Lambda: an error log line and the
/// StateStoreError metric). Nothing the store does is ever swallowed without passing through here.
/// </summary>
public interface IStateStoreFaults
{
    /// <param name="operation">What was being recorded, e.g. "recording the reconcile's outcome".</param>
    void StateStoreFailed(string operation, Exception failure);
}
