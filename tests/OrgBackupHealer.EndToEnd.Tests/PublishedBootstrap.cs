using System.Diagnostics;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.EndToEnd.Tests;

/// <summary>
/// Publishes the function as Native AOT once per test run, the way the Makefile does for SAM, into its own
/// artifacts tree (artifacts/e2e, git-ignored) so it never races another build of the same projects.
/// </summary>
public sealed class PublishedBootstrap : IAsyncLifetime
{
    private static readonly TimeSpan s_publishTimeout = TimeSpan.FromMinutes(20);

    public string Path { get; private set; } = "";

    /// <summary>Everything dotnet publish printed.</summary>
    public string PublishLog { get; private set; } = "";

    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    public async Task InitializeAsync()
    {
        // The ILCompiler links with clang where it exists and falls back to gcc by itself; zlib ships inside it.
        if (!IsOnPath("clang") && !IsOnPath("gcc"))
        {
            throw new InvalidOperationException(
                "Native AOT publishing needs a C toolchain on PATH (gcc or clang): install one (apt-get install gcc) to run the end-to-end tests.");
        }

        var repository = System.IO.Path.GetDirectoryName(RepositoryPaths.FindAbove("OrgBackupHealer.sln"))!;
        var root = System.IO.Path.Combine(repository, "artifacts", "e2e");
        var output = System.IO.Path.Combine(root, "publish");
        var project = System.IO.Path.Combine(repository, "src", "OrgBackupHealer.Function", "OrgBackupHealer.Function.csproj");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-r", "linux-x64", "--artifacts-path", root, "-o", output, "-nodeReuse:false" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(s_publishTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet publish of the bootstrap did not finish within {s_publishTimeout.TotalMinutes} minutes.");
        }

        var log = await stdout + await stderr;
        if (process.ExitCode != 0 || !File.Exists(System.IO.Path.Combine(output, "bootstrap")))
        {
            throw new InvalidOperationException($"dotnet publish of the bootstrap failed with exit code {process.ExitCode}:{Environment.NewLine}{log}");
        }

        PublishLog = log;
        Path = System.IO.Path.Combine(output, "bootstrap");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static bool IsOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(System.IO.Path.Combine(directory, tool)));
}
