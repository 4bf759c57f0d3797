namespace OrgBackupHealer.Cli.Output;

/// <summary>One planned or applied write in --output json. <see cref="Outcome"/> is set by heal and restore only.</summary>
internal sealed record ActionReport(string Type, string Target, string FixType, string Reason, string? Outcome = null);
