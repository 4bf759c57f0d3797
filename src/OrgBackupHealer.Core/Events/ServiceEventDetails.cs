namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The serviceEventDetails of an AWS service event that a decision reads: of Organizations' EffectivePolicyValidation,
/// the account whose effective policy changed state, the policy type, and the state (INVALID, or VALID once fixed).
/// Its validation errors are not read: the coverage check asks Organizations for them, as the hourly one does.
/// </summary>
public sealed class ServiceEventDetails
{
    private DeferredText _accountId;
    private DeferredText _policyType;
    private DeferredText _state;

    public string? AccountId { get => _accountId.Value; init => _accountId = DeferredText.Decoded(value); }

    public string? PolicyType { get => _policyType.Value; init => _policyType = DeferredText.Decoded(value); }

    public string? State { get => _state.Value; init => _state = DeferredText.Decoded(value); }

    internal static ServiceEventDetails? Read(ref EventReader reader)
    {
        if (!reader.EnterObject("detail.serviceEventDetails"))
        {
            return null;
        }

        DeferredText accountId = default, policyType = default, state = default;
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

        return new ServiceEventDetails { _accountId = accountId, _policyType = policyType, _state = state };
    }
}
