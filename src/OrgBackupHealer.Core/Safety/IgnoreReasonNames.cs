namespace OrgBackupHealer.Core.Safety;

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
