namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The members of an Organizations call's CloudTrail requestParameters that drift detection reads. Typed so the
/// detail is read in one pass; members of other calls are skipped by the parser.
/// </summary>
public sealed class RequestParameters
{
    public string? PolicyId { get; init; }

    public string? TargetId { get; init; }

    public string? PolicyType { get; init; }

    public string? RootId { get; init; }

    public string? Name { get; init; }
}
