using OrgBackupHealer.ColdStart;
using OrgBackupHealer.Testing;

// dotnet run -c Release --project benchmarks/OrgBackupHealer.ColdStart -- --runs 20
// Publishes the function as Native AOT and as JIT, then measures both against moto and a fake Runtime API.
var options = HarnessOptions.Parse(args);
var repository = Path.GetDirectoryName(RepositoryPaths.FindAbove("OrgBackupHealer.sln"))!;
var aot = Publisher.Aot(repository, options.SkipPublish);
var jit = Publisher.Jit(repository, options.SkipPublish);
var machine = MachineDescription.Describe();
Console.WriteLine(machine);

await using var moto = await MotoServer.StartAsync();
using var admin = new MotoAdmin(moto);
var policy = await File.ReadAllTextAsync(Path.Combine(aot.Folder, Publisher.PolicyFile));
var rootId = await MotoOrganization.CreateHealthyAsync(moto, admin, policy);
Console.WriteLine($"moto on {moto.Endpoint}: healthy organization, root {rootId}");

var motoRoundTrips = new List<double>();
for (var i = 0; i < 25; i++)
{
    var started = System.Diagnostics.Stopwatch.GetTimestamp();
    await admin.CallAsync("ListRoots", "{}");
    if (i >= 5)
    {
        // The first calls also pay the harness's own JIT and connection set-up.
        motoRoundTrips.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}

if (options.PolicySets)
{
    var comparison = await new PolicySetComparison(moto, admin, aot, new EventFactory()).RunAsync(options.Runs);
    var setsOutput = options.Output ?? Path.Combine(repository, "artifacts", "coldstart", "policy-sets.md");
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(setsOutput))!);
    await File.WriteAllTextAsync(setsOutput, machine + Environment.NewLine + Environment.NewLine + comparison);
    Console.WriteLine(comparison);
    Console.WriteLine($"written to {setsOutput}");
    return;
}

var runner = new FunctionRunner(moto.ClientEnvironment, new EventFactory());

// One unmeasured run of each: the harness's own code is jitted and both binaries are in the page cache.
await runner.ColdRunAsync(aot, 1);
await runner.ColdRunAsync(jit, 1);

// Interleaved, so a burst of load from another process on the machine hits both builds alike.
var (aotRuns, jitRuns) = (new List<RunResult>(), new List<RunResult>());
for (var run = 1; run <= options.Runs; run++)
{
    aotRuns.Add(await runner.ColdRunAsync(aot, options.WarmInvocations));
    jitRuns.Add(await runner.ColdRunAsync(jit, options.WarmInvocations));
    Console.WriteLine($"run {run}/{options.Runs}: AOT {aotRuns[^1].FirstResponseMs:F1} ms, JIT {jitRuns[^1].FirstResponseMs:F1} ms");
}

StormResult? aotStorm = null, jitStorm = null;
if (options.StormEvents > 0)
{
    aotStorm = await runner.StormAsync(aot, options.StormEvents);
    jitStorm = await runner.StormAsync(jit, options.StormEvents);
}

var report = Report.Render(options, machine, motoRoundTrips, aot, jit, aotRuns, jitRuns, aotStorm, jitStorm);
var output = options.Output ?? Path.Combine(repository, "artifacts", "coldstart", "results.md");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await File.WriteAllTextAsync(output, report);
Console.WriteLine();
Console.WriteLine(report);
Console.WriteLine($"written to {output}");
