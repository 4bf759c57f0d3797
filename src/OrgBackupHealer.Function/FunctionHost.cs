using Amazon.Runtime;
using OrgBackupHealer.Aws;
using OrgBackupHealer.Core.Approvals;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Incidents;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Function.Runtime;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// Init then the invocation loop. Invalid configuration is posted to /runtime/init/error and ends the process
/// with a non-zero code, so Lambda reports the init failure instead of retrying events against a broken setup.
/// </summary>
internal static class FunctionHost
{
    public const int ExitConfigurationError = 2;

    public static async Task<int> RunAsync(
        IRuntimeEnvironment environment,
        IRuntimeApiClient runtime,
        IOrganizationsPortFactory organizations,
        TextWriter stdout,
        TimeProvider time,
        string baseDirectory,
        CancellationToken stop)
    {
        HealerHandler handler;
        try
        {
            var configuration = HealerConfiguration.Load(environment.GetVariable, baseDirectory);
            var port = organizations.Create();
            var incidents = EventBridgeIncidentSinkFactory.Create(configuration.IncidentBus, environment.GetVariable, time: time);
            handler = ComposeHandler(
                configuration, port, faults => StorageComposition.CreateStateStore(configuration, faults), stdout, time, incidents: incidents, proposals: StorageComposition.CreateProposalStore(configuration));
        }
        catch (Exception e) when (e is ConfigurationException or InvalidOperationException or ArgumentException or AmazonClientException)
        {
            var errors = (e as ConfigurationException)?.Errors ?? [e.Message];
            var initLogger = new JsonLogger(stdout, time, HealerDefaults.ServiceName, environment.GetVariable(EnvironmentVariables.FunctionName));
            initLogger.Error(e.Message, LogField.List("configuration_errors", errors));
            await runtime.PostInitErrorAsync(new RuntimeError(e.Message, "Runtime.ConfigurationError", []), stop).ConfigureAwait(false);
            return ExitConfigurationError;
        }

        var loop = new LambdaBootstrap(runtime, handler, environment, time, LambdaBootstrap.DefaultSafetyMargin);
        try
        {
            await loop.RunAsync(stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped by the host (SIGTERM on shutdown, or a test): not an error.
        }

        return 0;
    }

    /// <summary>
    /// The handler exactly as the process runs it; tests drive it with their own port, store and clock. Direct events
    /// and queue batches share the one pipeline, and with it the store, the reconciler and the metrics.
    /// </summary>
    public static HealerHandler ComposeHandler(
        HealerConfiguration configuration,
        IOrganizationsPort port,
        IHealerStateStore store,
        TextWriter stdout,
        TimeProvider time,
        ICoverageProgressStore? coverageProgress = null,
        IIncidentSink? incidents = null,
        IProposalStore? proposals = null) =>
        ComposeHandler(configuration, port, _ => store, stdout, time, coverageProgress, incidents, proposals);

    /// <param name="createStore">Makes the store with the report it tells an unreadable item to (the report logs and counts StateStoreError).</param>
    /// <param name="incidents">Where incidents are published; null: nowhere (the process passes the incident bus).</param>
    /// <param name="proposals">Where approve-mode proposals are kept; null: in memory.</param>
    public static HealerHandler ComposeHandler(
        HealerConfiguration configuration,
        IOrganizationsPort port,
        Func<IStateStoreFaults, IHealerStateStore> createStore,
        TextWriter stdout,
        TimeProvider time,
        ICoverageProgressStore? coverageProgress = null,
        IIncidentSink? incidents = null,
        IProposalStore? proposals = null)
    {
        var logger = new JsonLogger(stdout, time, configuration.ServiceName, configuration.FunctionName);
        var metrics = new EmfMetrics(stdout, time, configuration.MetricsNamespace, configuration.ServiceName);
        var report = new LambdaReport(configuration.Safety.MaxHealingRunsPerHour, metrics, logger);
        var store = createStore(report);
        var settings = new PipelineSettings(configuration.Set, configuration.Role, configuration.Safety, configuration.CoverageShare)
        {
            ProposalLifetime = TimeSpan.FromHours(configuration.ProposalHours),
        };
        var pipeline = HealerPipeline.Compose(
            settings,
            port,
            store,
            coverageProgress ?? StorageComposition.CreateCoverageProgressStore(configuration),
            metrics,
            StorageComposition.CreateSnapshotSink(configuration, logger),
            report,
            time,
            Random.Shared,
            new IncidentPorts(proposals ?? new InMemoryProposalStore(), incidents ?? new NoIncidentSink(), report));
        return new HealerHandler(pipeline, logger);
    }
}
