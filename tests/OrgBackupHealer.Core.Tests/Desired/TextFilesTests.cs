using System.Text;
using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Core.Tests.Desired;

/// <summary>Operator files are decoded as strict UTF-8, and their size is checked before a byte is read.</summary>
public sealed class TextFilesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("textfiles-");

    [Fact]
    public void AnInvalidByteIsAnErrorNamingItsOffsetNotAReplacementCharacter()
    {
        // Arrange: valid text, then 0xFF at byte 12.
        var path = Write("bad.json", [.. Encoding.UTF8.GetBytes("{\"plans\":{}}"), 0xFF, (byte)'}']);

        // Act
        var error = Assert.Throws<IOException>(() => TextFiles.ReadUtf8(path, 1024));

        // Assert
        Assert.Contains("is not UTF-8: byte 12 (0xFF)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileLargerThanTheLimitIsRefusedWithoutBeingRead()
    {
        // Arrange: a sparse 300 MB file costs no disk and would cost 1.5 GB of memory to read whole.
        var path = Path.Combine(_folder.FullName, "huge.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength(300L * 1024 * 1024);
        }

        // Act
        var error = Assert.Throws<IOException>(() => TextFiles.ReadUtf8(path, TextFiles.MaxPolicyFileBytes));

        // Assert
        Assert.Contains("314,572,800 bytes; at most 65,536 are read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALeadingByteOrderMarkIsDroppedAndTheTextKept()
    {
        var path = Write("bom.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"a\":\"é\"}")]);

        Assert.Equal("{\"a\":\"é\"}", TextFiles.ReadUtf8(path, 1024));
    }

    [Fact]
    public void AMissingFileIsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => TextFiles.ReadUtf8(Path.Combine(_folder.FullName, "nope.json"), 1024));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
