using System.Runtime.InteropServices;

namespace OrgBackupHealer.ColdStart;

/// <summary>What the numbers ran on: cores, CPU model, memory, load, .NET.</summary>
internal static class MachineDescription
{
    public static string Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memory = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var load = File.ReadAllText("/proc/loadavg").Trim();
        return $"Machine: {Environment.ProcessorCount} cores, {cpu}, MemTotal {memory}, load average at start {load}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}.";
    }
}
