namespace OrgBackupHealer.Core.Events;

/// <summary>CloudTrail responseElements of a policy call: UpdatePolicy and CreatePolicy return the policy.</summary>
public sealed class ResponseElements
{
    public ResponsePolicy? Policy { get; init; }

    internal static ResponseElements? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail.responseElements"))
        {
            return null;
        }

        ResponsePolicy? policy = null;
        while (reader.NextMember())
        {
            if (reader.NameIs("policy"u8))
            {
                policy = ResponsePolicy.Read(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new ResponseElements { Policy = policy };
    }
}
