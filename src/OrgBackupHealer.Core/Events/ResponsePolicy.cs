namespace OrgBackupHealer.Core.Events;

public sealed class ResponsePolicy
{
    public ResponsePolicySummary? PolicySummary { get; init; }

    internal static ResponsePolicy? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail.responseElements.policy"))
        {
            return null;
        }

        ResponsePolicySummary? summary = null;
        while (reader.NextMember())
        {
            if (reader.NameIs("policySummary"u8))
            {
                summary = ResponsePolicySummary.Read(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new ResponsePolicy { PolicySummary = summary };
    }
}
