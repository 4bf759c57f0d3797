namespace OrgBackupHealer.Core.Desired;

/// <summary>
/// A time-boxed exception to one entry of the policy set: accounts under <see cref="Target"/> (an OU or an account)
/// need not have that entry's plans in effect until <see cref="Expires"/> (the end of that day, UTC). It changes what
/// the coverage check calls a gap, never what the healer attaches.
/// </summary>
public sealed record Exemption(string Target, string Reason, string Owner, DateOnly Expires)
{
    /// <summary>An exemption this close to its end is warned about.</summary>
    public static readonly TimeSpan ExpiryWarning = TimeSpan.FromDays(14);

    public ExemptionState StateAt(DateTimeOffset now)
    {
        var end = new DateTimeOffset(Expires.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        return now > end ? ExemptionState.Expired
            : end - now <= ExpiryWarning ? ExemptionState.Expiring
            : ExemptionState.Active;
    }
}

public enum ExemptionState
{
    /// <summary>In force.</summary>
    Active,

    /// <summary>In force, and ends within <see cref="Exemption.ExpiryWarning"/>.</summary>
    Expiring,

    /// <summary>Over: the account is a gap again if the entry's plans are not in effect.</summary>
    Expired,
}
