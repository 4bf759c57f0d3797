namespace OrgBackupHealer.Simulation;

/// <summary>One policy in a <see cref="OrganizationPicture"/>: everything about it, attachments sorted by target id, tags as "key=value".</summary>
public sealed record PolicyPicture(
    string Id,
    string Arn,
    string Name,
    string Type,
    string Description,
    string Content,
    bool AwsManaged,
    EquatableList<string> TargetIds,
    EquatableList<string> Tags);
