using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Inheritance.Internal;

/// <summary>Turns the merged tree into the operator-free document AWS shows, and collects the origins.</summary>
internal static class EffectiveTreeRenderer
{
    public static EffectivePolicy Render(MergeNode root, IReadOnlyList<RefusedChange> refusals)
    {
        var origins = new List<SettingOrigin>();
        var document = RenderContainer(root, origins);
        return new EffectivePolicy(document, origins, refusals);
    }

    /// <summary>
    /// Containers that end up empty (only restrictions, or every key removed or refused) are left out: they set
    /// nothing, and leaving them out keeps a re-merged effective policy identical to itself.
    /// </summary>
    private static JsonObject RenderContainer(MergeNode container, List<SettingOrigin> origins)
    {
        var rendered = new JsonObject();
        foreach (var child in container.Children.Values)
        {
            switch (child.Kind)
            {
                case MergeNodeKind.Setting:
                    if (child.Origin is { } origin)
                    {
                        origins.Add(origin);
                    }

                    if (child.Value is not null)
                    {
                        rendered[child.Key] = child.Value.DeepClone();
                    }

                    break;
                case MergeNodeKind.Container:
                    var nested = RenderContainer(child, origins);
                    if (nested.Count > 0)
                    {
                        rendered[child.Key] = nested;
                    }

                    break;
            }
        }

        return rendered;
    }
}
