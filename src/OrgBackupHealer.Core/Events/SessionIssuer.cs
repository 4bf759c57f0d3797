namespace OrgBackupHealer.Core.Events;

/// <summary>The role behind an assumed-role session; its ARN is what the EventBridge rule excludes.</summary>
public sealed class SessionIssuer
{
    public string? Arn { get; init; }

    internal static SessionIssuer? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail.userIdentity.sessionContext.sessionIssuer"))
        {
            return null;
        }

        string? arn = null;
        while (reader.NextMember())
        {
            if (reader.NameIs("arn"u8))
            {
                arn = reader.Text("detail.userIdentity.sessionContext.sessionIssuer.arn");
            }
            else
            {
                reader.Skip();
            }
        }

        return new SessionIssuer { Arn = arn };
    }
}
