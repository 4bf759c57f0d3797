namespace OrgBackupHealer.Core.Safety;

/// <summary>Values of the EventsIgnored metric's Reason dimension that the gate produces (spec §4).</summary>
public static class IgnoreReasons
{
    public const string Duplicate = "duplicate";
    public const string Coalesced = "coalesced";
}
