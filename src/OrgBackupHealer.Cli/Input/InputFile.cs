using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Cli.Input;

/// <summary>
/// Reads a file the user named, telling a missing file from a directory from an unreadable one. The size is checked
/// before a byte is read and the bytes are decoded as strict UTF-8 (<see cref="TextFiles"/>): a 300 MB file is refused
/// at once, and a byte that is not UTF-8 is an error naming its offset instead of a U+FFFD in a policy the healer writes.
/// </summary>
internal static class InputFile
{
    /// <param name="what">How the message names it: "policy file", "snapshot file".</param>
    /// <param name="maxBytes">The largest file read; a larger one is refused without reading it.</param>
    /// <exception cref="CliException">Missing, a directory, too large, not UTF-8, or unreadable.</exception>
    public static string ReadText(string path, string what, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            var newest = new DirectoryInfo(path).EnumerateFiles("*.json").OrderByDescending(f => f.Name, StringComparer.Ordinal).FirstOrDefault();
            throw new CliException($"{what} '{path}' is a directory, not a file"
                + (newest is null ? "." : $"; it holds {newest.Name} among others: give the file's path, e.g. '{newest.FullName}'."));
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{what} '{path}' not found.");
        }

        try
        {
            return TextFiles.ReadUtf8(path, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read {what}: {e.Message}", e);
        }
    }
}
