namespace OrgBackupHealer.Storage;

/// <summary>
/// A state-table item the healer cannot read: an attribute of the wrong type or out of range, as a hand edit leaves
/// it. The store never throws it: it reports it (the Lambda logs an error and counts <c>StateStoreError</c>) and reads
/// the item as empty, so a broken item costs one coalescing window and the flap-guard history, never the healer.
/// </summary>
public sealed class UnreadableStateItemException : Exception
{
    public UnreadableStateItemException(string itemKey, string problem)
        : base($"state table item '{itemKey}' cannot be read: {problem}; it is treated as empty and replaced by the next write")
    {
        ItemKey = itemKey;
        Problem = problem;
    }

    /// <summary>The item's <c>pk</c>, e.g. <c>state</c> or <c>event#…</c>.</summary>
    public string ItemKey { get; }

    /// <summary>Which attribute is wrong and how, e.g. "healingRuns is a string, not a list".</summary>
    public string Problem { get; }
}
