using System.Text.Json;

namespace OrgBackupHealer.Function;

/// <summary>
/// The runbook's payload: <c>{"approveProposal": "prop-…", "automationExecutionId": "…"}</c> (docs/runbook.md,
/// "Approving a proposal"). Any other event is not one; an object with <c>approveProposal</c> that is not a string is
/// one whose id is refused.
/// </summary>
internal sealed record ApprovalPayload(string ProposalId, string? ExecutionId)
{
    public const string ProposalMember = "approveProposal";
    public const string ExecutionMember = "automationExecutionId";

    /// <summary>Who the approval is recorded as: the Automation execution (its approver is in its history and in CloudTrail).</summary>
    public string Approver => ExecutionId is { Length: > 0 } id ? $"ssm-automation:{id}" : "lambda-invoke";

    public static bool TryRead(ReadOnlyMemory<byte> body, out ApprovalPayload? payload)
    {
        payload = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty(ProposalMember, out var id))
            {
                return false;
            }

            var execution = document.RootElement.TryGetProperty(ExecutionMember, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            payload = new ApprovalPayload(id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText(), execution);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
