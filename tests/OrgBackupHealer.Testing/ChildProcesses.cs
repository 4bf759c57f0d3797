using System.Diagnostics;
using System.Globalization;

namespace OrgBackupHealer.Testing;

/// <summary>What the harnesses that run the published bootstrap as a child process all need from it.</summary>
public static class ChildProcesses
{
    /// <summary>VmHWM of a live process in bytes: the kernel's peak resident set since it started.</summary>
    public static long PeakResidentBytes(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"/proc/{process.Id}/status has no VmHWM");
    }

    /// <summary>Kills the process if it still runs, waits briefly for it, and disposes it; a process already gone is fine.</summary>
    public static void StopAndDispose(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }

        process.Dispose();
    }
}
