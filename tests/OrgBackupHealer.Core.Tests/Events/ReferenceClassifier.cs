using System.Text.Json;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;
using static OrgBackupHealer.Core.Tests.Events.ReadShape;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>
/// What <see cref="EventClassifier"/> must decide, written as plainly as possible over a <see cref="JsonDocument"/>:
/// the whole body parsed first, the members it reads checked against <see cref="ReadShape"/>s, each value looked up
/// by name (the last of a repeated member), then the rules in the order the README gives them. No speed tricks and no
/// code shared with the classifier except the two rules over strings that have tests of their own
/// (<see cref="AccessDeniedTriage"/>, <see cref="HealerRole.IsCaller"/>).
/// </summary>
internal sealed class ReferenceClassifier(string managedPolicyName, HealerRole? healerRole)
{
    private static readonly ReadShape s_envelope = Object(("source", Text), ("detail-type", Text), ("id", Text), ("account", Text), ("time", Text));

    private static readonly ReadShape s_cloudTrailRecord = Object(
        ("eventSource", Text), ("eventName", Text), ("eventID", Text), ("eventTime", Text), ("errorCode", Text), ("errorMessage", Text),
        ("recipientAccountId", Text),
        ("userIdentity", Object(("arn", Text), ("principalId", Text), ("invokedBy", Text), ("sessionContext", Object(("sessionIssuer", Object(("arn", Text))))))),
        ("requestParameters", Object(("policyId", Text), ("policyType", Text), ("name", Text))),
        ("responseElements", Object(("policy", Object(("policySummary", Object(("name", Text), ("type", Text))))))),
        ("serviceEventDetails", Object(("accountId", Text), ("policyType", Text), ("state", Text))));

    public ClassificationFacts Classify(byte[] body, string? knownPolicyId)
    {
        if (body.Length > EventClassifier.MaxEventBytes)
        {
            return Facts(EventKind.Invalid);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return Facts(EventKind.Invalid);
        }

        using (document)
        {
            return Classify(document.RootElement, knownPolicyId);
        }
    }

    private ClassificationFacts Classify(JsonElement root, string? knownPolicyId)
    {
        if (root.ValueKind != JsonValueKind.Object || !s_envelope.Fits(root))
        {
            return Facts(EventKind.Invalid);
        }

        var source = TextOf(root, "source");
        var detailType = TextOf(root, "detail-type");
        if (string.IsNullOrEmpty(source) || string.IsNullOrEmpty(detailType))
        {
            return Facts(EventKind.Invalid);
        }

        var envelope = new Envelope(TextOf(root, "id"), detailType, TextOf(root, "account") is { Length: > 0 } a ? a : null, TextOf(root, "time"));
        if (source == "aws.events" && detailType == "Scheduled Event")
        {
            return Facts(EventKind.Scheduled, envelope);
        }

        var serviceEvent = source == "aws.organizations" && detailType == "AWS Service Event via CloudTrail";
        if (!serviceEvent && (source != "aws.organizations" || detailType != "AWS API Call via CloudTrail"))
        {
            return Facts(EventKind.Unrelated, envelope);
        }

        var details = Members(root, "detail");
        if (!details.All(s_cloudTrailRecord.Fits) || details.LastOrDefault().ValueKind != JsonValueKind.Object)
        {
            return Facts(EventKind.Invalid, envelope);
        }

        return serviceEvent ? ClassifyServiceEvent(details[^1], envelope) : ClassifyRecord(details[^1], envelope, knownPolicyId);
    }

    /// <summary>
    /// Organizations' EffectivePolicyValidation of a backup policy names an account to check (AWS Organizations User Guide,
    /// "Understanding AWS Organizations log file entries"); any other service event is unrelated.
    /// </summary>
    private static ClassificationFacts ClassifyServiceEvent(JsonElement detail, Envelope envelope)
    {
        var identity = ObjectOf(detail, "userIdentity");
        var serviceDetails = ObjectOf(detail, "serviceEventDetails");
        var account = TextOf(serviceDetails, "accountId");
        ClassificationFacts Decided(EventKind kind) => Facts(
            kind,
            envelope with
            {
                Id = TextOf(detail, "eventID") ?? envelope.Id,
                Name = TextOf(detail, "eventName") ?? envelope.Name,
                Account = envelope.Account ?? TextOf(detail, "recipientAccountId"),
            },
            TextOf(detail, "errorCode"),
            TextOf(identity, "arn") ?? TextOf(ObjectOf(ObjectOf(identity, "sessionContext"), "sessionIssuer"), "arn")
                ?? TextOf(identity, "principalId") ?? TextOf(identity, "invokedBy"),
            eventTime: TextOf(detail, "eventTime"),
            coverageAccount: kind == EventKind.CoverageSignal ? account : null);

        if (TextOf(detail, "eventSource") != "organizations.amazonaws.com" || TextOf(detail, "eventName") != "EffectivePolicyValidation"
            || TextOf(serviceDetails, "policyType") != "BACKUP_POLICY")
        {
            return Decided(EventKind.Unrelated);
        }

        return account is { Length: 12 } && account.All(char.IsAsciiDigit) ? Decided(EventKind.CoverageSignal) : Decided(EventKind.Invalid);
    }

    private ClassificationFacts ClassifyRecord(JsonElement detail, Envelope envelope, string? knownPolicyId)
    {
        var identity = ObjectOf(detail, "userIdentity");
        var arn = TextOf(identity, "arn");
        var issuerArn = TextOf(ObjectOf(ObjectOf(identity, "sessionContext"), "sessionIssuer"), "arn");
        var eventName = TextOf(detail, "eventName");
        var errorCode = TextOf(detail, "errorCode");

        ClassificationFacts Decided(EventKind kind, TriageCategory? triage = null) => Facts(
            kind,
            envelope with
            {
                Id = TextOf(detail, "eventID") ?? envelope.Id,
                Name = eventName ?? envelope.Name,
                Account = envelope.Account ?? TextOf(detail, "recipientAccountId"),
            },
            errorCode,
            arn ?? issuerArn ?? TextOf(identity, "principalId") ?? TextOf(identity, "invokedBy"),
            triage,
            TextOf(detail, "eventTime"));

        if (TextOf(detail, "eventSource") != "organizations.amazonaws.com")
        {
            return Decided(EventKind.Unrelated);
        }

        if (string.IsNullOrEmpty(eventName))
        {
            return Decided(EventKind.Invalid);
        }

        var caller = new UserIdentity { Arn = arn, SessionContext = new SessionContext { SessionIssuer = new SessionIssuer { Arn = issuerArn } } };
        if (healerRole is not null && healerRole.IsCaller(caller))
        {
            return Decided(EventKind.SelfGenerated);
        }

        if (!string.IsNullOrEmpty(errorCode))
        {
            return AccessDeniedTriage.Categorize(errorCode, TextOf(detail, "errorMessage")) is { } triage
                ? Decided(EventKind.ErrorSignal, triage)
                : Decided(EventKind.Unrelated);
        }

        return IsDrift(detail, eventName, knownPolicyId) ? Decided(EventKind.DriftSignal) : Decided(EventKind.Unrelated);
    }

    /// <summary>
    /// Disabling BACKUP_POLICY on a root; detaching, updating or deleting a backup policy or the policy with the managed
    /// name; or one whose type the record does not say, when its id is the managed one or that id is not known yet.
    /// </summary>
    private bool IsDrift(JsonElement detail, string eventName, string? knownPolicyId)
    {
        var parameters = ObjectOf(detail, "requestParameters");
        var summary = ObjectOf(ObjectOf(ObjectOf(detail, "responseElements"), "policy"), "policySummary");
        var summaryType = TextOf(summary, "type");
        var policyId = TextOf(parameters, "policyId");
        switch (eventName)
        {
            case "DisablePolicyType":
                return TextOf(parameters, "policyType") == "BACKUP_POLICY";
            case "DetachPolicy" or "UpdatePolicy" or "DeletePolicy":
                if (summaryType == "BACKUP_POLICY" || TextOf(summary, "name") == managedPolicyName || TextOf(parameters, "name") == managedPolicyName)
                {
                    return true;
                }

                return policyId is not null && summaryType is null && (knownPolicyId is null || policyId == knownPolicyId);
            default:
                return false;
        }
    }

    private static ClassificationFacts Facts(
        EventKind kind,
        Envelope? envelope = null,
        string? errorCode = null,
        string? principal = null,
        TriageCategory? triage = null,
        string? eventTime = null,
        string? coverageAccount = null)
    {
        ReconcileTrigger? trigger = kind switch
        {
            EventKind.ErrorSignal => ReconcileTrigger.ErrorSignal,
            EventKind.DriftSignal => ReconcileTrigger.DriftSignal,
            EventKind.Scheduled => ReconcileTrigger.Scheduled,
            _ => null,
        };
        var ignoredReason = kind switch
        {
            EventKind.SelfGenerated => IgnoreReason.Self,
            EventKind.Unrelated => IgnoreReason.Unrelated,
            EventKind.Invalid => IgnoreReason.Invalid,
            _ => (IgnoreReason?)null,
        };
        return new ClassificationFacts(
            kind, trigger, ignoredReason, envelope?.Id, envelope?.Name, errorCode, principal, envelope?.Account, triage, envelope?.Time, eventTime, coverageAccount);
    }

    /// <summary>What an event says of itself once its envelope reads: the id, name and account a record may refine.</summary>
    private sealed record Envelope(string? Id, string? Name, string? Account, string? Time);

    private static List<JsonElement> Members(JsonElement parent, string name) =>
        [.. parent.EnumerateObject().Where(p => IsNamed(p, name)).Select(p => p.Value)];

    /// <summary>The last value of the member when it is an object; null when there is none (or no parent).</summary>
    private static JsonElement? ObjectOf(JsonElement? parent, string name) =>
        parent is { } p && Members(p, name).LastOrDefault() is { ValueKind: JsonValueKind.Object } value ? value : null;

    /// <summary>The last value of the member as text; null when it is null or missing (the shapes have been checked).</summary>
    private static string? TextOf(JsonElement? parent, string name) =>
        parent is { } p && Members(p, name).LastOrDefault() is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
