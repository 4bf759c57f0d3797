using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Inheritance;

/// <summary>
/// One key of a baseline plan that is different in an account's effective policy. <see cref="ChangedBy"/> is the
/// policy that last set it (or the collection replacing it); null when nothing on the path set it, as when the
/// baseline is not attached above the account.
/// </summary>
internal sealed record BaselineDeviation(string Path, DeviationKind Kind, JsonNode? BaselineValue, JsonNode? EffectiveValue, PolicyPlacement? ChangedBy);

/// <summary>
/// How far the baseline's plans are what an account actually gets: the keys that differ, and the attempts to change a
/// plan that did not take effect ("tried to, but the baseline blocks it").
/// </summary>
internal sealed record BaselineCoverageReport(IReadOnlyList<BaselineDeviation> Deviations, IReadOnlyList<RefusedChange> BlockedAttempts)
{
    /// <summary>True when every key of every baseline plan is in effect exactly as the baseline sets it.</summary>
    public bool IsIntact => Deviations.Count == 0;
}
