namespace OrgBackupHealer.Function.Configuration;

/// <summary>The environment does not describe a runnable healer; reported to /runtime/init/error.</summary>
internal sealed class ConfigurationException : Exception
{
    public ConfigurationException(IReadOnlyList<string> errors)
        : base("Invalid configuration: " + string.Join("; ", errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }
}
