using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Approvals;
using OrgBackupHealer.Core.Incidents;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Function.Runtime;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// The loop and the handler composed exactly as <see cref="FunctionHost"/> composes them, on a fake clock, with the
/// Runtime API in memory and a <see cref="SimulatedOrganization"/> behind the port, so a test can push 10,000
/// events through in seconds and read each invocation's stdout (logs and EMF) back as JSON.
/// </summary>
internal sealed class LoopRig : IDisposable
{
    public const string HealerRoleArn = "arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole";
    private static readonly TimeSpan s_lambdaTimeout = TimeSpan.FromMinutes(5);

    private readonly QueuedRuntimeApi _runtime = new();
    private readonly StringWriter _stdout = new(CultureInfo.InvariantCulture);
    private readonly LambdaBootstrap _loop;
    private int _requests;

    /// <param name="createStore">The state store, given the report it tells faults to; in memory by default.</param>
    /// <param name="slowDown">Wraps the organization, e.g. to move the fake clock on as Organizations answers.</param>
    public LoopRig(
        SimulatedOrganization organization,
        IReadOnlyDictionary<string, string>? variables = null,
        Func<IStateStoreFaults, IHealerStateStore>? createStore = null,
        Func<IOrganizationsPort, FakeTimeProvider, IOrganizationsPort>? slowDown = null,
        IIncidentSink? incidents = null,
        IProposalStore? proposals = null)
    {
        Organization = organization;
        var environment = new DictionaryEnvironment
        {
            [EnvironmentVariables.RoleArn] = HealerRoleArn,
            [EnvironmentVariables.FunctionName] = "OrgBackupHealerFunction",
        };
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var configuration = HealerConfiguration.Load(environment.GetVariable, AppContext.BaseDirectory);
        var port = slowDown?.Invoke(organization, Time) ?? organization;
        var handler = FunctionHost.ComposeHandler(
            configuration, port, createStore ?? (_ => new InMemoryHealerStateStore()), _stdout, Time, new Core.Coverage.InMemoryCoverageProgressStore(), incidents, proposals);
        _loop = new LambdaBootstrap(_runtime, handler, environment, Time, LambdaBootstrap.DefaultSafetyMargin);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 11, 27, 16, 0, 0, TimeSpan.Zero));

    public SimulatedOrganization Organization { get; }

    /// <summary>One invocation through the loop: what it answered and the stdout lines it printed.</summary>
    public async Task<LoopAnswer> InvokeAsync(byte[] body)
    {
        var requestId = $"req-{++_requests:D6}";
        var deadline = (Time.GetUtcNow() + s_lambdaTimeout).ToUnixTimeMilliseconds();
        _runtime.Enqueue(new Invocation(requestId, deadline, "arn:aws:lambda:us-east-1:111111111111:function:OrgBackupHealer", null, body));
        var printedBefore = _stdout.GetStringBuilder().Length;

        await _loop.InvokeOnceAsync(CancellationToken.None);

        var (kind, answeredId, answer) = _runtime.LastAnswer ?? throw new InvalidOperationException("The loop posted nothing.");
        Assert.Equal(requestId, answeredId);
        var printed = _stdout.GetStringBuilder().ToString(printedBefore, _stdout.GetStringBuilder().Length - printedBefore);
        var lines = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        return new LoopAnswer(kind, JsonDocument.Parse(answer).RootElement, lines);
    }

    public void Dispose() => _stdout.Dispose();
}
