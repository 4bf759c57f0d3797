namespace OrgBackupHealer.Core.Events;

public sealed class SessionContext
{
    public SessionIssuer? SessionIssuer { get; init; }
}
