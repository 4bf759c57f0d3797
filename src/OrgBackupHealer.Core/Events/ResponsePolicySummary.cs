namespace OrgBackupHealer.Core.Events;

public sealed class ResponsePolicySummary
{
    private DeferredText _name;
    private DeferredText _type;

    public string? Name { get => _name.Value; init => _name = DeferredText.Decoded(value); }

    public string? Type { get => _type.Value; init => _type = DeferredText.Decoded(value); }

    internal static ResponsePolicySummary? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail.responseElements.policy.policySummary"))
        {
            return null;
        }

        DeferredText name = default, type = default;
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

        return new ResponsePolicySummary { _name = name, _type = type };
    }
}
