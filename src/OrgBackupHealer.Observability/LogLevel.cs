namespace OrgBackupHealer.Observability;

/// <summary>The level names Powertools for .NET writes in the <c>level</c> key.</summary>
public enum LogLevel
{
    Debug,
    Information,
    Warning,
    Error,
}
