namespace OrgBackupHealer.Core.Safety;

/// <summary>
/// The writes that follow a reconcile (its outcome, the claim's completion or release). They run even when the
/// invocation's token is cancelled, and a failure among them is reported, never thrown: it must not hide the
/// reconcile's own outcome, and a claim that stays behind ends with its lease.
/// </summary>
internal static class StateStoreWrites
{
    public static async Task RecordAsync(Func<Task> write, string operation, IStateStoreFaults faults)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Every store failure is reported to the host, which logs and counts it.
        catch (Exception error)
#pragma warning restore CA1031
        {
            faults.StateStoreFailed(operation, error);
        }
    }
}
