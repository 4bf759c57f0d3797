using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Cli.Metrics;

/// <summary>The metrics a CLI reconcile emits: counted for the summary and written as the Lambda's EMF lines.</summary>
internal static class CliMetrics
{
    /// <summary>The service dimension, so CLI runs are never mistaken for the deployed healer's.</summary>
    public const string Service = "orgbackuphealer-cli";

    public static FixCounter WritingEmfTo(TextWriter output, TimeProvider time) =>
        new(new EmfMetrics(output, time, HealerDefaults.MetricsNamespace, Service));
}
