using System.Runtime.Versioning;

namespace OrgBackupHealer.Deployment.Tests;

// The linux-x64 Native AOT publish needs a Linux host with a C toolchain (clang, else gcc), as sam build does.
[SupportedOSPlatform("linux")]
[Trait("Needs", "aot")]
public sealed class MakeBuildTests
{
    [Fact]
    public async Task BuildTargetShipsOnlyAnExecutableNativeBootstrapAndThePolicy()
    {
        // Arrange: the same call sam build makes for BuildMethod: makefile.
        var artifacts = Directory.CreateTempSubdirectory("healer-artifacts-");
        try
        {
            // Act (a Native AOT publish: one to two minutes)
            var result = await ExternalProcess.RunAsync(
                "make", ["build-HealerFunction", $"ARTIFACTS_DIR={artifacts.FullName}"], RepositoryRoot.Path);

            // Assert
            Assert.True(result.ExitCode == 0, result.Transcript);
            var shipped = artifacts.EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Select(entry => entry.Name).Order(StringComparer.Ordinal);
            Assert.Equal(["backup-policy.json", "bootstrap", "policy-set.json", "prod.json"], shipped);
            var bootstrap = Path.Combine(artifacts.FullName, "bootstrap");
            Assert.True(File.GetUnixFileMode(bootstrap).HasFlag(UnixFileMode.UserExecute), "bootstrap is not executable");
            Assert.Equal("\u007fELF"u8.ToArray(), (await File.ReadAllBytesAsync(bootstrap))[..4]);
            Assert.Equal(
                await File.ReadAllTextAsync(RepositoryRoot.Combine("policies", "backup-policy.json")),
                await File.ReadAllTextAsync(Path.Combine(artifacts.FullName, "backup-policy.json")));
        }
        finally
        {
            artifacts.Delete(recursive: true);
        }
    }
}
