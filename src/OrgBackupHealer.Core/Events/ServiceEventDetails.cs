namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The serviceEventDetails of an AWS service event that a decision reads: of Organizations' EffectivePolicyValidation,
/// the account whose effective policy changed state, the policy type, and the state (INVALID, or VALID once fixed).
/// Its validation errors are not read: the coverage check asks Organizations for them, as the hourly one does.
/// </summary>
public sealed class ServiceEventDetails
{
    public string? AccountId { get; init; }

    public string? PolicyType { get; init; }

    public string? State { get; init; }

    internal static ServiceEventDetails? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail.serviceEventDetails"))
        {
            return null;
        }

        string? accountId = null, policyType = null, state = null;
        while (reader.NextMember())
        {
            if (reader.NameIs("accountId"u8))
            {
                accountId = reader.Text("detail.serviceEventDetails.accountId");
            }
            else if (reader.NameIs("policyType"u8))
            {
                policyType = reader.Text("detail.serviceEventDetails.policyType");
            }
            else if (reader.NameIs("state"u8))
            {
                state = reader.Text("detail.serviceEventDetails.state");
            }
            else
            {
                reader.Skip();
            }
        }

        return new ServiceEventDetails { AccountId = accountId, PolicyType = policyType, State = state };
    }
}
