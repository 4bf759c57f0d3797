namespace OrgBackupHealer.Core.Events;

/// <summary>The request parameters and response elements of a policy call.</summary>
internal ref partial struct EventReader
{
    private RequestParameters? ReadRequestParameters()
    {
        const string Path = "$.detail.requestParameters";
        var type = typeof(RequestParameters);
        if (!EnterObject(type, Path))
        {
            return null;
        }

        string? policyId = null, targetId = null, policyType = null, rootId = null, name = null;
        while (NextMember(type, Path, out var member))
        {
            switch (member)
            {
                case EventMember.PolicyId:
                    policyId = ReadString(type, Path + ".policyId");
                    break;
                case EventMember.TargetId:
                    targetId = ReadString(type, Path + ".targetId");
                    break;
                case EventMember.PolicyType:
                    policyType = ReadString(type, Path + ".policyType");
                    break;
                case EventMember.RootId:
                    rootId = ReadString(type, Path + ".rootId");
                    break;
                case EventMember.Name:
                    name = ReadString(type, Path + ".name");
                    break;
                default:
                    _reader.Skip();
                    break;
            }
        }

        return new RequestParameters { PolicyId = policyId, TargetId = targetId, PolicyType = policyType, RootId = rootId, Name = name };
    }

    private ResponseElements? ReadResponseElements()
    {
        const string Path = "$.detail.responseElements";
        if (!EnterObject(typeof(ResponseElements), Path))
        {
            return null;
        }

        ResponsePolicy? policy = null;
        while (NextMember(typeof(ResponseElements), Path, out var member))
        {
            if (member == EventMember.Policy)
            {
                policy = ReadResponsePolicy();
            }
            else
            {
                _reader.Skip();
            }
        }

        return new ResponseElements { Policy = policy };
    }

    private ResponsePolicy? ReadResponsePolicy()
    {
        const string Path = "$.detail.responseElements.policy";
        if (!EnterObject(typeof(ResponsePolicy), Path))
        {
            return null;
        }

        ResponsePolicySummary? summary = null;
        while (NextMember(typeof(ResponsePolicy), Path, out var member))
        {
            if (member == EventMember.PolicySummary)
            {
                summary = ReadPolicySummary();
            }
            else
            {
                _reader.Skip();
            }
        }

        return new ResponsePolicy { PolicySummary = summary };
    }

    private ResponsePolicySummary? ReadPolicySummary()
    {
        const string Path = "$.detail.responseElements.policy.policySummary";
        var type = typeof(ResponsePolicySummary);
        if (!EnterObject(type, Path))
        {
            return null;
        }

        string? id = null, name = null, policyType = null;
        while (NextMember(type, Path, out var member))
        {
            switch (member)
            {
                case EventMember.Id:
                    id = ReadString(type, Path + ".id");
                    break;
                case EventMember.Name:
                    name = ReadString(type, Path + ".name");
                    break;
                case EventMember.Type:
                    policyType = ReadString(type, Path + ".type");
                    break;
                default:
                    _reader.Skip();
                    break;
            }
        }

        return new ResponsePolicySummary { Id = id, Name = name, Type = policyType };
    }
}
