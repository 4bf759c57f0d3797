using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Inheritance.Internal;

/// <summary>
/// One key of the effective policy while it is being merged: either a container of further keys or a setting with a
/// value, plus the child restrictions declared on it and where it came from. A node that so far only carries a
/// restriction is neither yet, and leaves nothing in the effective document.
/// </summary>
internal sealed class MergeNode
{
    private readonly List<(ChildRestriction Restriction, int Level)> _restrictions = [];

    private MergeNode(string key, string path, int createdAtLevel)
    {
        Key = key;
        Path = path;
        CreatedAtLevel = createdAtLevel;
    }

    /// <summary>The spelling of the first policy that defined the key; later policies match it case-insensitively.</summary>
    public string Key { get; }

    public string Path { get; }

    /// <summary>The path level whose policies created the node; -1 for the document root.</summary>
    public int CreatedAtLevel { get; }

    public MergeNodeKind Kind { get; private set; }

    /// <summary>
    /// Case-insensitive because AWS documents the identifiers under backup policy tag collections as not case
    /// sensitive and renders rule and selection names in lower case in effective policies: a child that spells a key
    /// differently still reaches the parent's key, so an override is never missed.
    /// </summary>
    public OrderedDictionary<string, MergeNode> Children { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The setting's value; null once <c>@@remove</c> emptied it.</summary>
    public JsonNode? Value { get; private set; }

    public SettingOrigin? Origin { get; private set; }

    /// <summary>
    /// The level of the policy that last set the value, for the same-target "first attached wins" rule; meaningful
    /// only once <see cref="Origin"/> is set (SetValue sets both).
    /// </summary>
    public int SetAtLevel { get; private set; }

    public static MergeNode CreateRoot() => new(KeyPath.Root, KeyPath.Root, createdAtLevel: -1) { Kind = MergeNodeKind.Container };

    public MergeNode AddChild(string key, int level)
    {
        var child = new MergeNode(key, KeyPath.Child(Path, key), level);
        Children.Add(key, child);
        Kind = MergeNodeKind.Container;
        return child;
    }

    public void DeclareRestriction(ChildRestriction restriction, int level) => _restrictions.Add((restriction, level));

    /// <summary>The first restriction declared on this node above <paramref name="level"/> that excludes <paramref name="op"/>.</summary>
    public ChildRestriction? FindRestrictionExcluding(ValueSettingOperators op, int level) =>
        _restrictions.FirstOrDefault(r => r.Level < level && !r.Restriction.AllowedOperators.HasFlag(op)).Restriction;

    /// <summary>
    /// What every restriction declared on this node (not its ancestors) still allows. For the one caller,
    /// <see cref="PlanLockAnalysis"/>, that is what binds a child policy: it merges a baseline alone, so every
    /// restriction is declared at level 0, above any child.
    /// </summary>
    public ValueSettingOperators AllowedByOwnRestrictions() =>
        _restrictions.Aggregate(ValueSettingOperators.All, (allowed, r) => allowed & r.Restriction.AllowedOperators);

    public IEnumerable<MergeNode> Descendants() => Children.Values.SelectMany(c => c.Descendants().Prepend(c));

    public void SetValue(JsonNode? value, SettingOrigin origin, int level)
    {
        Children.Clear();
        Kind = MergeNodeKind.Setting;
        Value = value;
        Origin = origin;
        SetAtLevel = level;
    }
}
