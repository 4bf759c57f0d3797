namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>The events/ files copied beside the test assembly.</summary>
internal static class Fixtures
{
    public const string ManagedPolicyId = "p-abcd1234";
    public const string ManagedPolicyName = "org-backup-baseline";
    public const string HealerRoleArn = "arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "events");

    public static IEnumerable<string> Names =>
        System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>();

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Directory, name + ".json"));
}
