namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The caller of a CloudTrail-recorded call: what names the principal and what recognises the healer's own role.
/// The access key id is deliberately not read: nothing the healer does needs it, so it can never end up in a log line.
/// </summary>
public sealed class UserIdentity
{
    private DeferredText _principalId;
    private DeferredText _arn;
    private DeferredText _invokedBy;

    public string? PrincipalId { get => _principalId.Value; init => _principalId = DeferredText.Decoded(value); }

    public string? Arn { get => _arn.Value; init => _arn = DeferredText.Decoded(value); }

    /// <summary>The service that made the call on its own behalf (an AWSService identity has no ARN).</summary>
    public string? InvokedBy { get => _invokedBy.Value; init => _invokedBy = DeferredText.Decoded(value); }

    public SessionContext? SessionContext { get; init; }

    internal bool ArnIsOf(HealerRole role) => role.Matches(in _arn);

    internal static UserIdentity? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail.userIdentity"))
        {
            return null;
        }

        DeferredText principalId = default, arn = default, invokedBy = default;
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

        return new UserIdentity { _principalId = principalId, _arn = arn, _invokedBy = invokedBy, SessionContext = sessionContext };
    }
}
