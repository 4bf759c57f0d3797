namespace OrgBackupHealer.Function.Runtime;

internal sealed class ProcessEnvironment : IRuntimeEnvironment
{
    public string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);

    public void SetVariable(string name, string? value) => Environment.SetEnvironmentVariable(name, value);
}
