namespace OrgBackupHealer.Core.Events;

/// <summary>The members of an Organizations call's CloudTrail requestParameters that drift detection reads.</summary>
public sealed class RequestParameters
{
    private DeferredText _policyId;
    private DeferredText _policyType;
    private DeferredText _name;

    public string? PolicyId { get => _policyId.Value; init => _policyId = DeferredText.Decoded(value); }

    public string? PolicyType { get => _policyType.Value; init => _policyType = DeferredText.Decoded(value); }

    public string? Name { get => _name.Value; init => _name = DeferredText.Decoded(value); }

    internal static RequestParameters? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail.requestParameters"))
        {
            return null;
        }

        DeferredText policyId = default, policyType = default, name = default;
        while (reader.NextMember())
        {
            if (reader.NameIs("policyId"u8))
            {
                policyId = reader.Text("detail.requestParameters.policyId");
            }
            else if (reader.NameIs("policyType"u8))
            {
                policyType = reader.Text("detail.requestParameters.policyType");
            }
            else if (reader.NameIs("name"u8))
            {
                name = reader.Text("detail.requestParameters.name");
            }
            else
            {
                reader.Skip();
            }
        }

        return new RequestParameters { _policyId = policyId, _policyType = policyType, _name = name };
    }
}
