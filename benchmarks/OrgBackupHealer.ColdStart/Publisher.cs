using System.Diagnostics;
using System.IO.Compression;

namespace OrgBackupHealer.ColdStart;

/// <summary>
/// Publishes src/OrgBackupHealer.Function twice, each into its own artifacts folder so the two never share obj/:
/// Native AOT exactly as the Makefile does, and a framework-dependent JIT build (ReadyToRun off, no trimming).
/// </summary>
internal static class Publisher
{
    public const string PolicyFile = "backup-policy.json";

    public static FunctionBuild Aot(string repository, bool skipPublish)
    {
        var output = Path.Combine(repository, "artifacts", "coldstart", "aot");
        if (!skipPublish)
        {
            Publish(repository, "aot", output, "-r", "linux-x64", "-p:PublishAot=true");
        }

        // The Makefile ships bootstrap and the policy file, nothing else.
        return Describe("AOT", output, Path.Combine(output, "bootstrap"), [Path.Combine(output, "bootstrap"), Path.Combine(output, PolicyFile)]);
    }

    public static FunctionBuild Jit(string repository, bool skipPublish)
    {
        var output = Path.Combine(repository, "artifacts", "coldstart", "jit");
        if (!skipPublish)
        {
            Publish(repository, "jit", output, "-p:PublishAot=false", "-p:SelfContained=false", "-p:PublishReadyToRun=false", "-p:PublishTrimmed=false");
        }

        // A managed deployment ships the whole publish folder (assemblies, deps.json, runtimeconfig.json).
        return Describe("JIT", output, Path.Combine(output, "bootstrap"), Directory.GetFiles(output, "*", SearchOption.AllDirectories));
    }

    private static void Publish(string repository, string flavour, string output, params string[] properties)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repository, UseShellExecute = false };
        foreach (var argument in new[] { "publish", Path.Combine("src", "OrgBackupHealer.Function", "OrgBackupHealer.Function.csproj"), "-c", "Release",
            "--artifacts-path", Path.Combine(repository, "artifacts", "coldstart", flavour + "-build"), "-o", output, "-nologo", "-v", "quiet" }.Concat(properties))
        {
            start.ArgumentList.Add(argument);
        }

        Console.WriteLine($"publishing {flavour}: dotnet {string.Join(' ', start.ArgumentList)}");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish ({flavour}) failed with exit code {process.ExitCode}");
        }
    }

    private static FunctionBuild Describe(string name, string folder, string executable, IEnumerable<string> shipped)
    {
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException($"{executable} is missing: publish first (run without --skip-publish).");
        }

        var zip = Path.Combine(folder, "..", name.ToLowerInvariant() + "-deployment.zip");
        File.Delete(zip);
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var file in shipped.Where(f => !f.EndsWith(".pdb", StringComparison.Ordinal) && !f.EndsWith(".dbg", StringComparison.Ordinal)))
            {
                archive.CreateEntryFromFile(file, Path.GetRelativePath(folder, file), CompressionLevel.Optimal);
            }
        }

        return new FunctionBuild(name, folder, executable, new FileInfo(executable).Length, new FileInfo(zip).Length);
    }
}
