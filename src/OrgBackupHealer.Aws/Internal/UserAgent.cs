using System.Net.Http.Headers;
using System.Reflection;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>"OrgBackupHealer/0.1.0": lets CloudTrail readers tell the healer's calls from everyone else's.</summary>
internal static class UserAgent
{
    public const string Product = "OrgBackupHealer";

    public static string Version { get; } = ReadVersion();

    public static ProductInfoHeaderValue Header => new(Product, Version);

    /// <summary>
    /// The SDK writes AssemblyInformationalVersion into every assembly it builds and appends "+&lt;commit&gt;" to it; the
    /// product version is what precedes that.
    /// </summary>
    private static string ReadVersion() =>
        typeof(UserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
}
