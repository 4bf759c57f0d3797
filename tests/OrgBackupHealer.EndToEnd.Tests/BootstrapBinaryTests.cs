using System.Diagnostics;
using System.Text.RegularExpressions;

namespace OrgBackupHealer.EndToEnd.Tests;

/// <summary>The published binary: warning-free, and runnable on Amazon Linux 2023 (dotnet10, provided.al2023), which ships glibc 2.34.</summary>
[Collection(EndToEndGroup.Name)]
public sealed partial class BootstrapBinaryTests(PublishedBootstrap bootstrap)
{
    private static readonly Version s_amazonLinux2023Glibc = new(2, 34);

    [Fact]
    public async Task BootstrapNeedsNoGlibcNewerThanAmazonLinux2023s()
    {
        var symbols = await ObjdumpDynamicSymbolsAsync(bootstrap.Path);

        var versions = GlibcVersion().Matches(symbols).Select(m => Version.Parse(m.Groups["version"].Value)).Distinct().ToList();

        Assert.NotEmpty(versions);
        var newest = versions.Max()!;
        Assert.True(newest <= s_amazonLinux2023Glibc, $"bootstrap needs GLIBC_{newest}, newer than Amazon Linux 2023's {s_amazonLinux2023Glibc}");
    }

    [Fact]
    public void PublishPrintsNoTrimOrAotWarning()
    {
        var warnings = MsBuildWarning().Matches(bootstrap.PublishLog).Select(m => m.Value).ToList();

        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.2.5) memcpy", "2.2.5")]
    [InlineData("0000000000000000      DF *UND*  0000000000000000  GLIBC_2.34  pthread_create", "2.34")]
    [InlineData("0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.38) __isoc23_strtol", "2.38")]
    public void ReadsTheVersionOutOfAnObjdumpLine(string line, string expected)
    {
        var match = GlibcVersion().Match(line);

        Assert.Equal(Version.Parse(expected), Version.Parse(match.Groups["version"].Value));
    }

    private static async Task<string> ObjdumpDynamicSymbolsAsync(string path)
    {
        var start = new ProcessStartInfo("objdump") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-T");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"objdump -T failed: {error}");
        return output;
    }

    /// <summary>MSBuild's "warning CS1234" / "warning IL2026" form, ILC and the trimmer included.</summary>
    [GeneratedRegex(@"\bwarning [A-Z]+\d+\b.*")]
    private static partial Regex MsBuildWarning();

    /// <summary>GLIBC_2.34 or GLIBC_2.2.5; "GLIBC_PRIVATE" has no number and is not a version requirement.</summary>
    [GeneratedRegex(@"\bGLIBC_(?<version>\d+\.\d+(?:\.\d+)?)\b")]
    private static partial Regex GlibcVersion();
}
