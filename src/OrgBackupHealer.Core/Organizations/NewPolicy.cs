namespace OrgBackupHealer.Core.Organizations;

public sealed record NewPolicy(string Name, string Description, string Content, IReadOnlyDictionary<string, string> Tags);
