namespace OrgBackupHealer.Core.Safety;

/// <summary>
/// Why an event caused no reconcile: the classifier's reasons (self, unrelated, invalid), then the gate's (duplicate,
/// coalesced). The one vocabulary of the EventsIgnored metric's Reason dimension, the response's ignored reason and a
/// batch record's outcome (docs/metrics.md).
/// </summary>
public enum IgnoreReason
{
    /// <summary>The healer's own call.</summary>
    Self,

    /// <summary>Well-formed, not about a managed backup policy.</summary>
    Unrelated,

    /// <summary>Not an event the healer can read.</summary>
    Invalid,

    /// <summary>An event id already processed, or held by another attempt.</summary>
    Duplicate,

    /// <summary>An error signal inside the coalescing window after a settled reconcile.</summary>
    Coalesced,
}

/// <summary>How an <see cref="IgnoreReason"/> is spelt on the wire: the metric dimension, the log and the response.</summary>
public static class IgnoreReasonNames
{
    public static string MetricValue(this IgnoreReason reason) => reason switch
    {
        IgnoreReason.Self => "self",
        IgnoreReason.Unrelated => "unrelated",
        IgnoreReason.Invalid => "invalid",
        IgnoreReason.Duplicate => "duplicate",
        _ => "coalesced",
    };
}
