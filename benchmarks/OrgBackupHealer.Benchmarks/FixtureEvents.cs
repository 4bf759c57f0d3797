using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Benchmarks;

/// <summary>The events/ fixtures and a classifier configured as the template configures the function.</summary>
internal static class FixtureEvents
{
    public const string HealerRoleArn = "arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole";

    public static string Folder => RepositoryPaths.FindAbove("events");

    /// <summary>File names, sorted.</summary>
    public static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    public static EventClassifier Classifier() => HealerRole.TryParse(HealerRoleArn, out var role)
        ? new EventClassifier("org-backup-baseline", role)
        : throw new InvalidOperationException($"'{HealerRoleArn}' is not a role ARN.");
}
