namespace OrgBackupHealer.Storm;

/// <summary>One request the function made through the proxy: when (real time since the storm began), to which service, which operation, the status.</summary>
internal sealed record ProxiedRequest(TimeSpan At, string Service, string Operation, int Status);
