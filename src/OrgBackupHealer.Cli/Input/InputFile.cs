namespace OrgBackupHealer.Cli.Input;

/// <summary>Reads a file the user named, telling a missing file from a directory from an unreadable one.</summary>
internal static class InputFile
{
    /// <param name="what">How the message names it: "policy file", "snapshot file".</param>
    /// <exception cref="CliException">Missing, a directory, or unreadable.</exception>
    public static string ReadText(string path, string what)
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
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read {what} '{path}': {e.Message}", e);
        }
    }
}
