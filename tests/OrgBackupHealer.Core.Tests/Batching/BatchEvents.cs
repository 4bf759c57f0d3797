using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Tests.Events;

namespace OrgBackupHealer.Core.Tests.Batching;

/// <summary>Queue records made from the events/ fixtures, each with its own message id, event id, time and account.</summary>
internal sealed class BatchEvents
{
    private int _sequence;

    /// <summary>A ThrottlingException from a member account, happened at <paramref name="at"/>.</summary>
    public BatchRecord ErrorSignal(DateTimeOffset at, string account = "222222222222") => Record("throttling-exception", at, account);

    /// <summary>Someone else (alice) detached the managed policy; without a principal, the record names nobody.</summary>
    public BatchRecord Drift(DateTimeOffset at, string policyId, bool withPrincipal = true)
    {
        var record = Record("detach-managed-policy", at, "111111111111");
        var envelope = JsonNode.Parse(record.Body.Span)!;
        envelope["detail"]!["requestParameters"]!["policyId"] = policyId;
        if (!withPrincipal)
        {
            envelope["detail"]!.AsObject().Remove("userIdentity");
        }

        return record with { Body = Encoding.UTF8.GetBytes(envelope.ToJsonString()) };
    }

    public BatchRecord Scheduled(DateTimeOffset at) => Record("scheduled", at, "111111111111");

    /// <summary>The healer's own throttled call, as if a rule let it through.</summary>
    public BatchRecord SelfGenerated(DateTimeOffset at) => Record("self-generated-error", at, "111111111111");

    /// <summary>A successful DescribeOrganization in a member account.</summary>
    public BatchRecord Unrelated(DateTimeOffset at) => Record("member-describe-organization", at, "222222222222");

    /// <summary>Organizations' EffectivePolicyValidation of a backup policy: a coverage signal, which no rule queues.</summary>
    public BatchRecord CoverageSignal(DateTimeOffset at) => Record("effective-policy-invalid", at, "111111111111");

    public BatchRecord Invalid() => new(NextMessageId(), Encoding.UTF8.GetBytes("{\"Message\": \"not an EventBridge event\""));

    /// <summary>The same event delivered again by the queue or EventBridge: same body, another message id.</summary>
    public BatchRecord Again(BatchRecord record) => record with { MessageId = NextMessageId() };

    private BatchRecord Record(string fixture, DateTimeOffset at, string account)
    {
        var envelope = JsonNode.Parse(Fixtures.Read(fixture))!.AsObject();
        var sequence = ++_sequence;
        var time = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        envelope["id"] = $"00000000-0000-4000-8000-{sequence:D12}";
        envelope["time"] = time;
        envelope["account"] = account;
        if (envelope["detail"] is JsonObject detail && detail.ContainsKey("eventID"))
        {
            detail["eventID"] = $"10000000-0000-4000-8000-{sequence:D12}";
            detail["eventTime"] = time;
        }

        return new BatchRecord($"msg-{sequence:D6}", Encoding.UTF8.GetBytes(envelope.ToJsonString()));
    }

    private string NextMessageId() => $"msg-{++_sequence:D6}";
}
