using System.Net.Http.Headers;
using System.Reflection;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>"OrgBackupHealer/0.1.0": lets CloudTrail readers tell the healer's calls from everyone else's.</summary>
internal static class UserAgent
{
    public const string Product = "OrgBackupHealer";

    public static string Version { get; } = ReadVersion();

    public static ProductInfoHeaderValue Header => new(Product, Version);

    private static string ReadVersion()
    {
        var informational = typeof(UserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // The SDK appends "+<commit>" to the informational version; the product version is what precedes it.
        var version = informational?.Split('+')[0];
        // Stryker disable once Conditional,String : the fallback is unreachable in a build of this repository: the SDK writes
        // AssemblyInformationalVersion into every assembly, so the version read above is never blank.
        return string.IsNullOrWhiteSpace(version) ? "0.0.0" : version;
    }
}
