namespace OrgBackupHealer.Core.Events;

public sealed class SessionContext
{
    public SessionIssuer? SessionIssuer { get; init; }

    internal static SessionContext? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail.userIdentity.sessionContext"))
        {
            return null;
        }

        SessionIssuer? issuer = null;
        while (reader.NextMember())
        {
            if (reader.NameIs("sessionIssuer"u8))
            {
                issuer = SessionIssuer.Read(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new SessionContext { SessionIssuer = issuer };
    }
}
