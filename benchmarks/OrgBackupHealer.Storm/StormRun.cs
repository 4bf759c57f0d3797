using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using OrgBackupHealer.ColdStart;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Storm;

/// <summary>
/// One path of the storm against a fresh moto organization (the managed policy detached before the first event) and
/// a fresh state table, with a fresh function process: "buffered" sends error signals to the emulated queue read by
/// the emulated event source mapping, "direct" invokes the function once per event, as before the queue. Drift
/// events go directly on both paths.
/// </summary>
internal sealed class StormRun(MotoServer moto, string bootstrap, string policyContent, StormOptions options)
{
    private const string HealerRoleArn = "arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole";
    private const string StateTable = "org-backup-healer-state";

    public async Task<PathResult> RunAsync(string path)
    {
        using var admin = new MotoAdmin(moto);
        var rootId = await MotoOrganization.CreateHealthyAsync(moto, admin, policyContent);
        var policyId = await admin.BackupPolicyIdAsync(MotoOrganization.PolicyName);
        await CreateStateTableAsync();
        await admin.CallAsync("DetachPolicy", new JsonObject { ["PolicyId"] = policyId, ["TargetId"] = rootId });
        var storm = new StormEvents().Build(options, policyId);

        var clock = new HarnessClock();
        using var proxy = new CountingProxy(moto.Endpoint, clock);
        using var runtime = new FakeRuntimeApi();
        var environment = FunctionEnvironment(runtime.Address, proxy.Endpoint);
        if (options.MemoryMiB is { } memory)
        {
            environment["DOTNET_GCHeapHardLimit"] = ((long)memory * 1024 * 1024).ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        }

        using var function = StormFunction.Start(bootstrap, environment);
        using var invoker = new FunctionInvoker(runtime, proxy);
        var queue = new EmulatedQueue(TimeSpan.FromSeconds(options.VisibilitySeconds), options.MaxReceives, clock);
        var mapping = new EventSourceMappingEmulator(queue, invoker, options, clock);
        var direct = new DirectInvocations(invoker, clock);
        using var stop = new CancellationTokenSource();
        var pollers = mapping.RunAsync(stop.Token);
        var dispatcher = Task.Run(() => direct.RunAsync(stop.Token));

        Console.WriteLine($"[{path}] storm of {storm.Count} events over {options.Seconds} s starts");
        await SendAsync(storm, path, queue, direct, clock, admin, policyId, rootId);
        var stormSeconds = clock.RealElapsed.TotalSeconds;
        Console.WriteLine($"[{path}] all sent after {stormSeconds:F1} s; draining");
        await DrainAsync(queue, mapping, direct, invoker, clock, function);
        var wallClock = clock.RealElapsed.TotalSeconds;
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var peak = function.PeakResidentBytes();
        await stop.CancelAsync();
        await Task.WhenAll(pollers, dispatcher);

        var requests = proxy.Requests;
        var attaches = requests.Where(r => r is { Service: "organizations", Operation: "AttachPolicy", Status: 200 }).Select(r => r.At).ToList();
        var drift = direct.Timings(StormEvent.Drift).Select(t => ((TimeSpan SentAt, TimeSpan AnsweredAt)?)t).SingleOrDefault();
        var outcomes = Merge(function.BatchOutcomes.Where(o => o.Key != "retried"), direct.Outcomes);
        return new PathResult(
            path,
            invoker.BatchInvocations + invoker.DirectInvocations,
            invoker.BatchInvocations,
            invoker.DirectInvocations,
            function.Reconciles,
            requests.Count(r => r.Service == "organizations"),
            ByOperation(requests, "organizations"),
            invoker.OrganizationsCallsPerInvocation,
            requests.Count(r => r.Service == "dynamodb"),
            ByOperation(requests, "dynamodb"),
            attaches.Count > 0 ? attaches[0].TotalSeconds : null,
            drift is { } d ? attaches.Where(a => a > d.SentAt).Select(a => (double?)(a - d.SentAt).TotalSeconds).FirstOrDefault() : null,
            drift is { } answered ? (answered.AnsweredAt - answered.SentAt).TotalSeconds : null,
            outcomes,
            function.IgnoredByReason,
            storm.Count,
            outcomes.Values.Sum(),
            queue.DeadLettered + direct.Lost,
            queue.Count + direct.Pending,
            MappingJson(mapping, invoker, queue),
            stormSeconds,
            wallClock,
            clock.Skipped.TotalSeconds,
            peak / (1024.0 * 1024.0));
    }

    /// <summary>Each event at its time, stamped with the real time it is sent; the managed policy detached just before its drift event.</summary>
    private static async Task SendAsync(
        List<StormEvent> storm, string path, EmulatedQueue queue, DirectInvocations direct, HarnessClock clock, MotoAdmin admin, string policyId, string rootId)
    {
        foreach (var stormEvent in storm)
        {
            var wait = stormEvent.At - clock.RealElapsed;
            if (wait > TimeSpan.FromMilliseconds(2))
            {
                await Task.Delay(wait);
            }

            if (stormEvent.Kind == StormEvent.Drift)
            {
                await admin.CallAsync("DetachPolicy", new JsonObject { ["PolicyId"] = policyId, ["TargetId"] = rootId });
            }

            var body = stormEvent.Body(DateTimeOffset.UtcNow);
            if (stormEvent.Direct || path == "direct")
            {
                direct.Send(stormEvent, body);
            }
            else
            {
                queue.Send(stormEvent.MessageId, body, SqsEventBuilder.RecordBytes(stormEvent.MessageId, body));
            }
        }
    }

    /// <summary>
    /// Until every event is done with. When all that is left waits out a visibility timeout and nothing else is in
    /// flight, the queue's clock skips to when it ends (the function's own clock does not: docs/performance.md).
    /// </summary>
    private static async Task DrainAsync(
        EmulatedQueue queue, EventSourceMappingEmulator mapping, DirectInvocations direct, FunctionInvoker invoker, HarnessClock clock, StormFunction function)
    {
        var deadline = clock.RealElapsed + TimeSpan.FromMinutes(30);
        while (queue.Count > 0 || direct.Pending > 0 || mapping.Holding || invoker.Busy)
        {
            if (clock.RealElapsed > deadline)
            {
                throw new TimeoutException($"the storm did not drain within 30 minutes. Function output:{Environment.NewLine}{function.Tail}");
            }

            if (queue.Count > 0 && !queue.HasVisible && !mapping.Holding && direct.Pending == 0 && !invoker.Busy && queue.NextVisibleAt is { } next)
            {
                clock.SkipTo(next);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    private async Task CreateStateTableAsync()
    {
        using var dynamoDb = new AmazonDynamoDBClient(
            new BasicAWSCredentials("testing", "testing"),
            new AmazonDynamoDBConfig { ServiceURL = moto.Endpoint.ToString(), AuthenticationRegion = "us-east-1" });
        await dynamoDb.CreateTableAsync(new CreateTableRequest
        {
            TableName = StateTable,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
        });
    }

    private static Dictionary<string, string> FunctionEnvironment(string runtimeApi, Uri proxy) => new(StringComparer.Ordinal)
    {
        ["AWS_LAMBDA_RUNTIME_API"] = runtimeApi,
        ["AWS_LAMBDA_FUNCTION_NAME"] = "org-backup-healer-healer",
        ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "256",
        ["AWS_ENDPOINT_URL_ORGANIZATIONS"] = proxy.ToString(),
        ["AWS_ENDPOINT_URL_DYNAMODB"] = proxy.ToString(),
        ["AWS_ACCESS_KEY_ID"] = "testing",
        ["AWS_SECRET_ACCESS_KEY"] = "testing",
        ["AWS_SESSION_TOKEN"] = "testing",
        ["AWS_REGION"] = "us-east-1",
        ["HEALER_ROLE_ARN"] = HealerRoleArn,
        ["HEALER_STATE_TABLE"] = StateTable,
        // template.yaml's defaults.
        ["HEALER_COALESCE_SECONDS"] = "60",
        ["HEALER_MAX_HEALING_RUNS_PER_HOUR"] = "6",
    };

    private static Dictionary<string, int> ByOperation(IReadOnlyList<ProxiedRequest> requests, string service) =>
        requests.Where(r => r.Service == service).GroupBy(r => r.Operation, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static Dictionary<string, int> Merge(params IEnumerable<KeyValuePair<string, int>>[] counts) =>
        counts.SelectMany(c => c).GroupBy(c => c.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Value), StringComparer.Ordinal);

    private static JsonObject MappingJson(EventSourceMappingEmulator mapping, FunctionInvoker invoker, EmulatedQueue queue) => new()
    {
        ["batches"] = mapping.Batches,
        ["largestBatch"] = mapping.LargestBatch,
        ["throttledInvokes"] = invoker.Throttles,
        ["throttleRetries"] = mapping.ThrottleRetries,
        ["batchesReturnedToQueue"] = mapping.BatchesReturned,
        ["recordsReportedFailed"] = mapping.RecordsReportedFailed,
        ["functionErrors"] = mapping.FunctionErrors,
        ["messagesSent"] = queue.Sent,
        ["messagesDeleted"] = queue.Deleted,
        ["receivesOfRedeliveredMessages"] = queue.Redelivered,
    };
}
