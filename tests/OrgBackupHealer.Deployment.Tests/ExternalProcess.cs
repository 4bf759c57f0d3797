using System.Diagnostics;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>Runs the tools the deployment checks rely on (cfn-lint, python3, make) and captures their output.</summary>
internal static class ExternalProcess
{
    // A guard against a hung tool blocking CI forever, not a performance assertion.
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromMinutes(15);

    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {fileName}");
        using var cancellation = new CancellationTokenSource(s_hangGuard);
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellation.Token);
        var standardError = process.StandardError.ReadToEndAsync(cancellation.Token);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {s_hangGuard}");
        }

        return new ProcessResult(process.ExitCode, await standardOutput, await standardError);
    }
}
