using System.Diagnostics;
using System.Text;
using OrgBackupHealer.Cli.Tests.Support;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>
/// Input the CLI must refuse before it acts: a policy or snapshot file that is not UTF-8 (an error naming the byte
/// offset, never a U+FFFD in the policy), a file far too large (refused from its size, without reading it), and ids
/// that only look like ids (fullwidth digits, a trailing newline): a usage error, not a "target not found".
/// </summary>
public sealed class BadInputTests
{
    private const long ThreeHundredMegabytes = 300L * 1024 * 1024;

    [Fact]
    public async Task ValidateRefusesAPolicyFileWithAByteThatIsNotUtf8AndNamesItsOffset()
    {
        // Arrange: the shipped policy with one byte of Latin-1 in a plan name.
        using var cli = new CliDriver();
        var path = WriteWithBadByte(cli, "latin1.json");

        // Act
        var run = await cli.RunAsync("validate", path);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: cannot read policy file: '{path}' is not UTF-8: byte {BadByteOffset} (0xE9) is not part of a valid UTF-8 character.", run.ErrorLines[0]);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("heal")]
    [InlineData("coverage")]
    public async Task APolicyFileThatIsNotUtf8StopsTheCommandBeforeAnyCall(string command)
    {
        // Arrange
        var organization = ShippedPolicy.HealthyOrganization();
        using var cli = new CliDriver(organization);
        var path = WriteWithBadByte(cli, "latin1.json");
        organization.ResetCounters();

        // Act
        var run = await cli.RunAsync(command == "heal" ? [command, "--policy-file", path, "--yes"] : [command, "--policy-file", path]);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"is not UTF-8: byte {BadByteOffset} (0xE9)", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, organization.TotalCalls);
    }

    [Fact]
    public async Task RestoreRefusesASnapshotFileThatIsNotUtf8()
    {
        // Arrange
        using var cli = new CliDriver(ShippedPolicy.HealthyOrganization());
        var path = WriteWithBadByte(cli, "snapshot.json");

        // Act
        var run = await cli.RunAsync("restore", "--from", path, "--yes");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"cannot read snapshot file: '{path}' is not UTF-8: byte {BadByteOffset} (0xE9)", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("plan")]
    [InlineData("restore")]
    public async Task AThreeHundredMegabyteFileIsRefusedFromItsSizeWithoutBeingRead(string command)
    {
        // Arrange: a sparse file: 300 MB long, no block written.
        using var cli = new CliDriver(ShippedPolicy.HealthyOrganization());
        var path = Path.Combine(cli.WorkingDirectory, "huge.json");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(ThreeHundredMegabytes);
        }

        string[] args = command switch
        {
            "validate" => ["validate", path],
            "plan" => ["plan", "--policy-file", path],
            _ => ["restore", "--from", path, "--yes"],
        };
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        // Act
        var run = await cli.RunAsync(args);

        // Assert: refused in well under a second, having allocated nowhere near the file's size.
        clock.Stop();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"'{path}' is 314,572,800 bytes; at most", run.Error, StringComparison.Ordinal);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore < 50L * 1024 * 1024, "the file was read");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("--target", "１２３４５６７８９０１２")]
    [InlineData("--target", "123456789012\n")]
    [InlineData("--target", "ou-ab12-cdef3456\n")]
    [InlineData("--adopt-policy-id", "p-abcd1234\n")]
    [InlineData("--adopt-policy-id", "p-abcd１２３４")]
    public async Task AnIdThatOnlyLooksLikeOneIsAUsageError(string option, string id)
    {
        // Arrange
        var organization = ShippedPolicy.HealthyOrganization();
        using var cli = new CliDriver(organization);
        organization.ResetCounters();

        // Act
        var run = await cli.RunAsync("plan", option, id);

        // Assert
        Assert.Equal(64, run.ExitCode);
        Assert.StartsWith($"error: {option} '", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(0, organization.TotalCalls);
    }

    /// <summary>The shipped policy with "é" as Latin-1 (0xE9) as the first byte of its first key: byte <see cref="BadByteOffset"/>.</summary>
    private static string WriteWithBadByte(CliDriver cli, string name)
    {
        var bytes = Encoding.UTF8.GetBytes(ShippedPolicy.Content).ToList();
        bytes.Insert(BadByteOffset, 0xE9);
        var path = Path.Combine(cli.WorkingDirectory, name);
        File.WriteAllBytes(path, [.. bytes]);
        return path;
    }

    private static int BadByteOffset => Encoding.UTF8.GetBytes(ShippedPolicy.Content).AsSpan().IndexOf((byte)'"') + 1;
}
