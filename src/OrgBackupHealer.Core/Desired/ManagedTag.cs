namespace OrgBackupHealer.Core.Desired;

/// <summary>The tag the healer puts on the policy it creates, so people can see who owns it.</summary>
public sealed record ManagedTag(string Key, string Value)
{
    public static ManagedTag Default { get; } = new("managed-by", "OrgBackupHealer");
}
