namespace OrgBackupHealer.Core.Safety;

/// <summary>Values of the EventsIgnored metric's Reason dimension (docs/metrics.md): the classifier's, then the gate's.</summary>
public static class IgnoreReasons
{
    public const string Self = "self";
    public const string Unrelated = "unrelated";
    public const string Invalid = "invalid";
    public const string Duplicate = "duplicate";
    public const string Coalesced = "coalesced";
}
