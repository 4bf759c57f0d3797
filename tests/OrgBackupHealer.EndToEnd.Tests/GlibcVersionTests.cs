using System.Diagnostics;
using System.Text.RegularExpressions;

namespace OrgBackupHealer.EndToEnd.Tests;

/// <summary>Amazon Linux 2023 (dotnet10 and provided.al2023) ships glibc 2.34: the bootstrap may need nothing newer.</summary>
[Collection(EndToEndGroup.Name)]
public sealed partial class GlibcVersionTests(PublishedBootstrap bootstrap)
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

    /// <summary>GLIBC_2.34 or GLIBC_2.2.5; "GLIBC_PRIVATE" has no number and is not a version requirement.</summary>
    [GeneratedRegex(@"\bGLIBC_(?<version>\d+\.\d+(?:\.\d+)?)\b")]
    private static partial Regex GlibcVersion();
}
