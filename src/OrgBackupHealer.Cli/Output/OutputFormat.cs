namespace OrgBackupHealer.Cli.Output;

internal enum OutputFormat
{
    Table,
    Json,
}
