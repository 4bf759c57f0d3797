using System.Text.Json.Nodes;
using OrgBackupHealer.ColdStart;
using OrgBackupHealer.Storm;
using OrgBackupHealer.Testing;

// dotnet run -c Release --project benchmarks/OrgBackupHealer.Storm
// Publishes the Native AOT bootstrap as the Makefile does, then drives it through the fake Runtime API against moto
// (Organizations and DynamoDB behind a counting proxy) with the same storm twice: one invocation per event (the
// direct path, as before the queue) and through an emulated SQS queue and event source mapping. Prints the table and
// one JSON line; writes the table to artifacts/storm/results.md.
var options = StormOptions.Parse(args);
var repository = Path.GetDirectoryName(RepositoryPaths.FindAbove("OrgBackupHealer.sln"))!;
var build = Publisher.Aot(repository, options.SkipPublish);
var machine = MachineDescription.Describe();
Console.WriteLine(machine);
var command = "dotnet run -c Release --project benchmarks/OrgBackupHealer.Storm" + (args.Length > 0 ? " -- " + string.Join(' ', args) : "");

await using var moto = await MotoServer.StartAsync();
var policy = await File.ReadAllTextAsync(Path.Combine(build.Folder, Publisher.PolicyFile));
var run = new StormRun(moto, build.Executable, policy, options);
PathResult? direct = null, buffered = null;
if (options.Runs("direct"))
{
    direct = await run.RunAsync("direct");
}

if (options.Runs("buffered"))
{
    buffered = await run.RunAsync("buffered");
}

var report = StormReport.Render(options, machine, command, direct, buffered);
var output = options.Output ?? Path.Combine(repository, "artifacts", "storm", "results.md");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await File.WriteAllTextAsync(output, report);
Console.WriteLine();
Console.WriteLine(report);
Console.WriteLine($"written to {output}");

// The one machine-readable line: the storm's parameters and each path's figures.
var summary = new JsonObject
{
    ["storm"] = new JsonObject
    {
        ["errorSignals"] = options.Events,
        ["accounts"] = options.Accounts,
        ["seconds"] = options.Seconds,
        ["batchingWindowSeconds"] = options.WindowSeconds,
        ["batchSize"] = options.BatchSize,
        ["maximumConcurrency"] = options.MaximumConcurrency,
        ["visibilityTimeoutSeconds"] = options.VisibilitySeconds,
        ["maxReceiveCount"] = options.MaxReceives,
        ["throttleRetries"] = options.ThrottleRetries,
        ["gcHeapLimitMiB"] = options.MemoryMiB,
    },
    ["machine"] = machine,
    ["direct"] = direct?.ToJson(),
    ["buffered"] = buffered?.ToJson(),
};
Console.WriteLine(summary.ToJsonString());
return (buffered?.NoneLost ?? true) && (direct?.NoneLost ?? true) ? 0 : 1;
