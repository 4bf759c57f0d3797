using System.Text.Json;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Function.Runtime;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// Runs <see cref="FunctionHost"/> against the fake Runtime API and a healthy <see cref="SimulatedOrganization"/>
/// holding the shipped policy (named as the function's default) attached to the root.
/// </summary>
internal sealed class HostHarness : IDisposable
{
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _stdout = new();
    private readonly TextWriter _syncStdout;
    private Task<int>? _host;

    public HostHarness()
    {
        Organization = SimulatedOrganization.CreateHealthy(ShippedPolicy);
        PolicyId = Organization.FindPolicyId(HealerDefaults.PolicyName)!;
        Environment[Configuration.EnvironmentVariables.RuntimeApi] = Api.Address;
        Environment[Configuration.EnvironmentVariables.RoleArn] = "arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole";
        Environment[Configuration.EnvironmentVariables.FunctionName] = "OrgBackupHealerFunction";
        // The process publishes its incidents: to a stand-in for EventBridge, never to AWS.
        Environment["AWS_ENDPOINT_URL_EVENTBRIDGE"] = EventBridge.Url;
        Environment["AWS_ACCESS_KEY_ID"] = "testing";
        Environment["AWS_SECRET_ACCESS_KEY"] = "testing";
        Environment["AWS_REGION"] = "us-east-1";
        _http = RuntimeApiClient.CreateHttpClient(Api.Address);
        _syncStdout = TextWriter.Synchronized(_stdout);
    }

    public FakeRuntimeApi Api { get; } = new();

    public FakeEventBridge EventBridge { get; } = new();

    public DictionaryEnvironment Environment { get; } = new();

    public static string ShippedPolicy => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "backup-policy.json"));

    public SimulatedOrganization Organization { get; }

    public string PolicyId { get; }

    public bool IsAttachedToRoot => Organization.Capture().Policies.Single(p => p.Id == PolicyId).TargetIds.Contains(Organization.RootId);

    /// <summary>Someone detaches the managed policy from the root (no-op when it already is).</summary>
    public void DetachFromRoot()
    {
        if (IsAttachedToRoot)
        {
            Organization.DetachPolicy(PolicyId, Organization.RootId);
        }
    }

    public TextWriter Stdout => _syncStdout;

    public void Start() =>
        _host = Task.Run(() => FunctionHost.RunAsync(
            Environment, new RuntimeApiClient(_http), new FixedPortFactory(Organization), Stdout, TimeProvider.System, AppContext.BaseDirectory, _stop.Token));

    public async Task<RuntimeCall> InvokeAsync(string requestId, byte[] body)
    {
        Api.Enqueue(requestId, body);
        return await Api.NextCallAsync();
    }

    /// <summary>The exit code of a host that ends by itself (an init failure), without cancelling it mid-post.</summary>
    public Task<int> ExitCodeAsync() => _host!.WaitAsync(TimeSpan.FromSeconds(60));

    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _host!;
    }

    /// <summary>Every stdout line parsed as JSON (logs and EMF documents alike).</summary>
    public List<JsonElement> Lines()
    {
        string text;
        lock (_syncStdout)
        {
            text = _stdout.ToString();
        }

        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }

    public List<JsonElement> Metrics(string name) => Lines().Where(l => l.TryGetProperty("_aws", out _) && l.TryGetProperty(name, out _)).ToList();

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _http.Dispose();
        Api.Dispose();
        EventBridge.Dispose();
        _stdout.Dispose();
    }
}
