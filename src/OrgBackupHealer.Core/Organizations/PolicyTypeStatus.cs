namespace OrgBackupHealer.Core.Organizations;

/// <summary>Wire spelling of <see cref="PolicyTypeStatus"/> values, as in the service model.</summary>
public static class PolicyTypeStatusNames
{
    public static string ToWire(PolicyTypeStatus status) => status switch
    {
        PolicyTypeStatus.Enabled => "ENABLED",
        PolicyTypeStatus.PendingEnable => "PENDING_ENABLE",
        PolicyTypeStatus.PendingDisable => "PENDING_DISABLE",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static PolicyTypeStatus FromWire(string value) => value switch
    {
        "ENABLED" => PolicyTypeStatus.Enabled,
        "PENDING_ENABLE" => PolicyTypeStatus.PendingEnable,
        "PENDING_DISABLE" => PolicyTypeStatus.PendingDisable,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown PolicyTypeStatus."),
    };
}

/// <summary>The model's PolicyTypeStatus enum: ENABLED, PENDING_ENABLE, PENDING_DISABLE.</summary>
public enum PolicyTypeStatus
{
    Enabled,
    PendingEnable,
    PendingDisable,
}
