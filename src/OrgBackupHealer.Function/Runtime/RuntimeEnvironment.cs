namespace OrgBackupHealer.Function.Runtime;

/// <summary>Environment variables, behind a seam so tests neither read nor change the process's own.</summary>
internal interface IRuntimeEnvironment
{
    string? GetVariable(string name);

    /// <summary>Sets or, with null, removes a variable.</summary>
    void SetVariable(string name, string? value);
}

internal sealed class ProcessEnvironment : IRuntimeEnvironment
{
    public string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);

    public void SetVariable(string name, string? value) => Environment.SetEnvironmentVariable(name, value);
}
