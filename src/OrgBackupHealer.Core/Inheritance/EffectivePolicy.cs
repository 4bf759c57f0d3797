using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Inheritance;

/// <summary>
/// An account's effective backup policy as AWS shows it (operators resolved away), with the provenance a coverage
/// report needs: who last set each setting, and which changes were refused and why.
/// </summary>
internal sealed class EffectivePolicy
{
    private readonly Dictionary<string, SettingOrigin> _originsByPath;

    internal EffectivePolicy(JsonObject document, IReadOnlyList<SettingOrigin> origins, IReadOnlyList<RefusedChange> refusals)
    {
        Document = document;
        Origins = origins;
        Refusals = refusals;
        _originsByPath = origins.ToDictionary(o => o.Path, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A fresh document per computation, so a caller may keep or change it without affecting anything else.</summary>
    public JsonObject Document { get; }

    /// <summary>One entry per setting, in document order, including settings that <c>@@remove</c> emptied.</summary>
    public IReadOnlyList<SettingOrigin> Origins { get; }

    /// <summary>Every change a policy on the path asked for that did not take effect, in evaluation order.</summary>
    public IReadOnlyList<RefusedChange> Refusals { get; }

    /// <summary>The origin of the setting at exactly <paramref name="path"/>, or null for containers and unknown paths.</summary>
    public SettingOrigin? FindOrigin(string path) => _originsByPath.GetValueOrDefault(path);
}
