namespace OrgBackupHealer.Cli;

internal static class ExitCodes
{
    /// <summary>Done; the organization is healthy (or the file is valid).</summary>
    public const int Success = 0;

    /// <summary>An error, a refused confirmation, or an invalid policy file; stderr has the reason.</summary>
    public const int Error = 1;

    /// <summary>plan found drift.</summary>
    public const int DriftFound = 2;
}
