namespace OrgBackupHealer.Core.Events;

/// <summary>The members of an Organizations call's CloudTrail requestParameters that drift detection reads.</summary>
public sealed class RequestParameters
{
    public string? PolicyId { get; init; }

    public string? PolicyType { get; init; }

    public string? Name { get; init; }

    internal static RequestParameters? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail.requestParameters"))
        {
            return null;
        }

        string? policyId = null, policyType = null, name = null;
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

        return new RequestParameters { PolicyId = policyId, PolicyType = policyType, Name = name };
    }
}
