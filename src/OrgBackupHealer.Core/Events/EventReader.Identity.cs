namespace OrgBackupHealer.Core.Events;

/// <summary>The caller of a CloudTrail-recorded call and the role behind its session.</summary>
internal ref partial struct EventReader
{
    private UserIdentity? ReadUserIdentity()
    {
        const string Path = "$.detail.userIdentity";
        var type = typeof(UserIdentity);
        if (!EnterObject(type, Path))
        {
            return null;
        }

        string? identityType = null, principalId = null, arn = null, accountId = null, userName = null, invokedBy = null;
        SessionContext? sessionContext = null;
        while (NextMember(type, Path, out var member))
        {
            switch (member)
            {
                case EventMember.Type:
                    identityType = ReadString(type, Path + ".type");
                    break;
                case EventMember.PrincipalId:
                    principalId = ReadString(type, Path + ".principalId");
                    break;
                case EventMember.Arn:
                    arn = ReadString(type, Path + ".arn");
                    break;
                case EventMember.AccountId:
                    accountId = ReadString(type, Path + ".accountId");
                    break;
                case EventMember.UserName:
                    userName = ReadString(type, Path + ".userName");
                    break;
                case EventMember.InvokedBy:
                    invokedBy = ReadString(type, Path + ".invokedBy");
                    break;
                case EventMember.SessionContext:
                    sessionContext = ReadSessionContext();
                    break;
                default:
                    _reader.Skip();
                    break;
            }
        }

        return new UserIdentity
        {
            Type = identityType,
            PrincipalId = principalId,
            Arn = arn,
            AccountId = accountId,
            UserName = userName,
            InvokedBy = invokedBy,
            SessionContext = sessionContext,
        };
    }

    private SessionContext? ReadSessionContext()
    {
        const string Path = "$.detail.userIdentity.sessionContext";
        if (!EnterObject(typeof(SessionContext), Path))
        {
            return null;
        }

        SessionIssuer? issuer = null;
        while (NextMember(typeof(SessionContext), Path, out var member))
        {
            if (member == EventMember.SessionIssuer)
            {
                issuer = ReadSessionIssuer();
            }
            else
            {
                _reader.Skip();
            }
        }

        return new SessionContext { SessionIssuer = issuer };
    }

    private SessionIssuer? ReadSessionIssuer()
    {
        const string Path = "$.detail.userIdentity.sessionContext.sessionIssuer";
        var type = typeof(SessionIssuer);
        if (!EnterObject(type, Path))
        {
            return null;
        }

        string? issuerType = null, principalId = null, arn = null, accountId = null, userName = null;
        while (NextMember(type, Path, out var member))
        {
            switch (member)
            {
                case EventMember.Type:
                    issuerType = ReadString(type, Path + ".type");
                    break;
                case EventMember.PrincipalId:
                    principalId = ReadString(type, Path + ".principalId");
                    break;
                case EventMember.Arn:
                    arn = ReadString(type, Path + ".arn");
                    break;
                case EventMember.AccountId:
                    accountId = ReadString(type, Path + ".accountId");
                    break;
                case EventMember.UserName:
                    userName = ReadString(type, Path + ".userName");
                    break;
                default:
                    _reader.Skip();
                    break;
            }
        }

        return new SessionIssuer { Type = issuerType, PrincipalId = principalId, Arn = arn, AccountId = accountId, UserName = userName };
    }
}
