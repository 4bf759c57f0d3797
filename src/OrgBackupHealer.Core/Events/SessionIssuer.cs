namespace OrgBackupHealer.Core.Events;

/// <summary>The role behind an assumed-role session; its ARN is what the EventBridge rule excludes.</summary>
public sealed class SessionIssuer
{
    private DeferredText _arn;

    public string? Arn { get => _arn.Value; init => _arn = DeferredText.Decoded(value); }

    internal bool ArnIsOf(HealerRole role) => role.Matches(in _arn);

    internal static SessionIssuer? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail.userIdentity.sessionContext.sessionIssuer"))
        {
            return null;
        }

        DeferredText arn = default;
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

        return new SessionIssuer { _arn = arn };
    }
}
