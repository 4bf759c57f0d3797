using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Benchmarks;

/// <summary>The events/ fixtures and the classifier configured as the template configures the function.</summary>
internal static class FixtureEvents
{
    public const string HealerRoleArn = "arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole";
    public const string ManagedPolicyName = "org-backup-baseline";

    public static string Folder => RepositoryPaths.FindAbove("events");

    /// <summary>File names, sorted.</summary>
    public static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    public static byte[][] ReadAll() => [.. Names().Select(n => File.ReadAllBytes(Path.Combine(Folder, n)))];

    public static EventClassifier Classifier() => new(ManagedPolicyName, Role());

    private static HealerRole Role() => HealerRole.TryParse(HealerRoleArn, out var role)
        ? role!
        : throw new InvalidOperationException($"'{HealerRoleArn}' is not a role ARN.");
}
