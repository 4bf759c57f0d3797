namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record WireTag(string Key, string Value);
