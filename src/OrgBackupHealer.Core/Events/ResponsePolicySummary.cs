namespace OrgBackupHealer.Core.Events;

public sealed class ResponsePolicySummary
{
    public string? Name { get; init; }

    public string? Type { get; init; }

    internal static ResponsePolicySummary? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail.responseElements.policy.policySummary"))
        {
            return null;
        }

        string? name = null, type = null;
        while (reader.NextMember())
        {
            if (reader.NameIs("name"u8))
            {
                name = reader.Text("detail.responseElements.policy.policySummary.name");
            }
            else if (reader.NameIs("type"u8))
            {
                type = reader.Text("detail.responseElements.policy.policySummary.type");
            }
            else
            {
                reader.Skip();
            }
        }

        return new ResponsePolicySummary { Name = name, Type = type };
    }
}
