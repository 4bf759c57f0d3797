using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Core.Tests.Events.Baseline;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>
/// Everything a caller can read from a classification, as plain values, so the shipped classifier and the baseline
/// compare with one equality and a mismatch prints both sides. The envelope and detail are rendered member by member.
/// </summary>
internal sealed record ClassificationFacts(
    EventKind Kind,
    string Reason,
    string? EventId,
    string? EventName,
    string? ErrorCode,
    string? Principal,
    string? SourceAccount,
    TriageCategory? Triage,
    ReconcileTrigger? Trigger,
    IgnoreReason? IgnoredReason,
    string? Envelope,
    string? Detail)
{
    public static ClassificationFacts Of(EventClassification c) => new(
        c.Kind, c.Reason, c.EventId, c.EventName, c.ErrorCode, c.Principal, c.SourceAccount, c.Triage, c.Trigger, c.IgnoredReason,
        c.Event is { } e ? Render(e.Version, e.Id, e.DetailType, e.Source, e.Account, e.Time, e.Region, List(e.Resources), e.Detail is null ? "no detail" : "detail") : null,
        c.Detail is { } d ? RenderDetail(d) : null);

    /// <summary>The frozen records carry another namespace and a prefix; parse errors name them as the shipped ones are named.</summary>
    public static ClassificationFacts Of(BaselineClassification c) => new(
        c.Kind, c.Reason.Replace("OrgBackupHealer.Core.Tests.Events.Baseline.Baseline", "OrgBackupHealer.Core.Events.", StringComparison.Ordinal), c.EventId, c.EventName, c.ErrorCode, c.Principal, c.SourceAccount, c.Triage, c.Trigger, c.IgnoredReason,
        c.Event is { } e ? Render(e.Version, e.Id, e.DetailType, e.Source, e.Account, e.Time, e.Region, List(e.Resources), e.Detail is null ? "no detail" : "detail") : null,
        c.Detail is { } d ? RenderDetail(d) : null);

    private static string RenderDetail(CloudTrailDetail d) => Render(
        d.EventVersion, d.EventTime, d.EventSource, d.EventName, d.AwsRegion, d.SourceIpAddress, d.UserAgent, d.ErrorCode,
        d.ErrorMessage, d.RequestId, d.EventId, Bool(d.ReadOnly), d.EventType, Bool(d.ManagementEvent), d.RecipientAccountId,
        d.EventCategory,
        d.UserIdentity is { } u
            ? Render(u.Type, u.PrincipalId, u.Arn, u.AccountId, u.UserName, u.InvokedBy,
                u.SessionContext is { } s
                    ? Render(s.SessionIssuer is { } i ? Render(i.Type, i.PrincipalId, i.Arn, i.AccountId, i.UserName) : null)
                    : null)
            : null,
        d.RequestParameters is { } r ? Render(r.PolicyId, r.TargetId, r.PolicyType, r.RootId, r.Name) : null,
        d.ResponseElements is { } re
            ? Render(re.Policy is { } p ? Render(p.PolicySummary is { } ps ? Render(ps.Id, ps.Name, ps.Type) : null) : null)
            : null);

    private static string RenderDetail(BaselineCloudTrailDetail d) => Render(
        d.EventVersion, d.EventTime, d.EventSource, d.EventName, d.AwsRegion, d.SourceIpAddress, d.UserAgent, d.ErrorCode,
        d.ErrorMessage, d.RequestId, d.EventId, Bool(d.ReadOnly), d.EventType, Bool(d.ManagementEvent), d.RecipientAccountId,
        d.EventCategory,
        d.UserIdentity is { } u
            ? Render(u.Type, u.PrincipalId, u.Arn, u.AccountId, u.UserName, u.InvokedBy,
                u.SessionContext is { } s
                    ? Render(s.SessionIssuer is { } i ? Render(i.Type, i.PrincipalId, i.Arn, i.AccountId, i.UserName) : null)
                    : null)
            : null,
        d.RequestParameters is { } r ? Render(r.PolicyId, r.TargetId, r.PolicyType, r.RootId, r.Name) : null,
        d.ResponseElements is { } re
            ? Render(re.Policy is { } p ? Render(p.PolicySummary is { } ps ? Render(ps.Id, ps.Name, ps.Type) : null) : null)
            : null);

    private static string? Bool(bool? value) => value?.ToString();

    private static string? List(IReadOnlyList<string?>? items) => items is null ? null : Render([.. items]);

    /// <summary>A null member renders as ∅, so null and "" stay distinct.</summary>
    private static string Render(params string?[] members) => "{" + string.Join(", ", members.Select(m => m ?? "∅")) + "}";
}
