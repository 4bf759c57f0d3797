namespace OrgBackupHealer.ColdStart;

/// <summary>A published function: its folder, the executable to start and the size of the zip Lambda would get.</summary>
internal sealed record FunctionBuild(string Name, string Folder, string Executable, long ExecutableBytes, long ZipBytes);
