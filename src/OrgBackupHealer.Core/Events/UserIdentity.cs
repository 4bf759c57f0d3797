namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The caller of a CloudTrail-recorded call: what names the principal and what recognises the healer's own role.
/// The access key id is deliberately not read: nothing the healer does needs it, so it can never end up in a log line.
/// </summary>
public sealed class UserIdentity
{
    public string? PrincipalId { get; init; }

    public string? Arn { get; init; }

    /// <summary>The service that made the call on its own behalf (an AWSService identity has no ARN).</summary>
    public string? InvokedBy { get; init; }

    public SessionContext? SessionContext { get; init; }

    internal static UserIdentity? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail.userIdentity"))
        {
            return null;
        }

        string? principalId = null, arn = null, invokedBy = null;
        SessionContext? sessionContext = null;
        while (reader.NextMember())
        {
            if (reader.NameIs("arn"u8))
            {
                arn = reader.Text("detail.userIdentity.arn");
            }
            else if (reader.NameIs("principalId"u8))
            {
                principalId = reader.Text("detail.userIdentity.principalId");
            }
            else if (reader.NameIs("invokedBy"u8))
            {
                invokedBy = reader.Text("detail.userIdentity.invokedBy");
            }
            else if (reader.NameIs("sessionContext"u8))
            {
                sessionContext = SessionContext.Read(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new UserIdentity { PrincipalId = principalId, Arn = arn, InvokedBy = invokedBy, SessionContext = sessionContext };
    }
}
