using System.Text.Json.Serialization;

namespace OrgBackupHealer.Cli.Output;

/// <summary>Which organization a command read: ids parsed from the root's ARN, and where it was reached.</summary>
internal sealed record OrganizationReport(string? Id, string? ManagementAccountId, string RootId, string Endpoint, bool Simulated);

/// <summary>
/// A managed policy and where its desired content came from: <see cref="Origin"/> is option (--policy-file),
/// workingDirectory (policies/backup-policy.json there), shipped (the copy beside the tool), policySet (--policy-set)
/// or snapshot (restore). <see cref="Key"/> is its entry's key.
/// </summary>
internal sealed record PolicyReport(string Name, string? Id, string Source, string Origin)
{
    public string Key { get; init; } = Core.Desired.PolicyIdentity.DefaultKey;
}

/// <summary>
/// One planned or applied write. <see cref="Outcome"/> is set for writes made; <see cref="ContentChanges"/> for
/// UpdatePolicy; <see cref="Policy"/> is the entry's key ("*" for EnablePolicyType, which serves the whole set).
/// </summary>
internal sealed record ActionReport(string Type, string Target, string FixType, string Reason)
{
    public string? Policy { get; init; }

    public string? Outcome { get; init; }

    public IReadOnlyList<ContentChangeReport>? ContentChanges { get; init; }
}

/// <summary>A content difference at a JSON path; values are compact JSON text, null where the key is absent.</summary>
internal sealed record ContentChangeReport(
    string Path,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Desired,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Actual);

/// <summary>A desired target that does not exist in the organization; Reason is the TargetUnreachable metric's; Policy the entry that names it.</summary>
internal sealed record UnknownTargetReport(string TargetId, string Reason, string Message)
{
    public string? Policy { get; init; }
}

/// <summary>
/// One entry of the policy set in a plan, heal or restore: its policy, what it needs or got, its unknown targets,
/// and the error that stopped it (the others went on). <see cref="Status"/> is healthy, drift, repaired,
/// unknownTargets or failed.
/// </summary>
internal sealed record EntryReport(string Key, PolicyReport Policy, string Status, IReadOnlyList<ActionReport> Actions, IReadOnlyList<UnknownTargetReport> UnknownTargets)
{
    public string? NameTakenBy { get; init; }

    public ErrorReport? Error { get; init; }
}

/// <summary>The metrics the run reported, as the Lambda would emit them (counts per dimension value).</summary>
internal sealed record MetricsReport(
    string Namespace,
    string Service,
    IReadOnlyDictionary<string, int> AutoFix,
    IReadOnlyDictionary<string, int> DriftDetected,
    int HealingRun,
    IReadOnlyDictionary<string, int> TargetUnreachable);

/// <summary>
/// Why a command stopped short. <see cref="Kind"/>: usage, input, notConfirmed, transient (retrying later can help),
/// terminal (something must change first). <see cref="Reason"/> is the ReconcileFailed metric's Reason,
/// <see cref="Code"/> the AWS error code, when known.
/// </summary>
internal sealed record ErrorReport(string Message, string Kind)
{
    public string? Reason { get; init; }

    public string? Code { get; init; }
}
