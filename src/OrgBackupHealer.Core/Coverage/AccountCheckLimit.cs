namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// How many EffectivePolicyValidation events an execution environment turns into account checks. An invalid policy
/// attached high in the tree makes Organizations emit one event per account below it, thousands at once; each check
/// costs a dozen or more reads. Past <see cref="MaxChecks"/> in <see cref="Window"/> the events are acknowledged as
/// coalesced: the checks already made have read the organization-wide list of invalid accounts (the alarm's metric),
/// and the scheduled walk judges every account. One instance lives as long as the environment; with the function's
/// reserved concurrency of one, that is nearly always the only one.
/// </summary>
internal sealed class AccountCheckLimit(TimeProvider time)
{
    public const int MaxChecks = 20;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Queue<DateTimeOffset> _recent = new();

    /// <summary>True, and counted, when one more check fits in the window that ends now.</summary>
    public bool TryTake()
    {
        var now = time.GetUtcNow();
        while (_recent.Count > 0 && now - _recent.Peek() >= Window)
        {
            _recent.Dequeue();
        }

        if (_recent.Count >= MaxChecks)
        {
            return false;
        }

        _recent.Enqueue(now);
        return true;
    }
}
