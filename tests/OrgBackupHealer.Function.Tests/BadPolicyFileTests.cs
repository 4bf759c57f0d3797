using System.Text;
using System.Text.Json;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// HEALER_POLICY_FILE is read as the CLI reads a policy file: a byte that is not UTF-8 stops the init with its offset,
/// and a file far too large is refused from its size without being read.
/// </summary>
public sealed class BadPolicyFileTests : IDisposable
{
    private readonly HostHarness _harness = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("obh-policy-");

    [Fact]
    public async Task APolicyFileWithAByteThatIsNotUtf8StopsTheInitAndNamesTheOffset()
    {
        // Arrange: "é" in Latin-1 as the first byte of the first key.
        var bytes = Encoding.UTF8.GetBytes(HostHarness.ShippedPolicy).ToList();
        var offset = bytes.IndexOf((byte)'"') + 1;
        bytes.Insert(offset, 0xE9);
        var path = Path.Combine(_folder.FullName, "latin1.json");
        File.WriteAllBytes(path, [.. bytes]);

        // Act
        var message = await InitErrorAsync(path);

        // Assert
        Assert.Contains($"is not UTF-8: byte {offset} (0xE9)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AThreeHundredMegabytePolicyFileIsRefusedFromItsSize()
    {
        // Arrange: sparse, so nothing is written or read.
        var path = Path.Combine(_folder.FullName, "huge.json");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(300L * 1024 * 1024);
        }

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        // Act
        var message = await InitErrorAsync(path);

        // Assert
        Assert.Contains("is 314,572,800 bytes; at most 65,536 are read", message, StringComparison.Ordinal);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore < 50L * 1024 * 1024, "the file was read");
    }

    public void Dispose()
    {
        _harness.Dispose();
        _folder.Delete(recursive: true);
    }

    private async Task<string> InitErrorAsync(string policyFile)
    {
        _harness.Environment[Configuration.EnvironmentVariables.PolicyFile] = policyFile;
        _harness.Start();
        var call = await _harness.Api.NextCallAsync();
        Assert.NotEqual(0, await _harness.ExitCodeAsync());
        Assert.Equal("init-error", call.Kind);
        Assert.Equal(0, _harness.Organization.TotalCalls);
        return JsonDocument.Parse(call.Body).RootElement.GetProperty("errorMessage").GetString()!;
    }
}
