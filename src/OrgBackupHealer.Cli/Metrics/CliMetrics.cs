using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Cli.Metrics;

/// <summary>The metrics a CLI reconcile emits, written as the Lambda's EMF lines when asked.</summary>
internal static class CliMetrics
{
    /// <summary>The service dimension, so CLI runs are never mistaken for the deployed healer's.</summary>
    public const string Service = "orgbackuphealer-cli";

    public static EmfMetrics EmfWriter(TextWriter output, TimeProvider time) =>
        new(output, time, HealerDefaults.MetricsNamespace, Service);

    /// <summary>--emit-metrics: the recorded metrics as EMF lines, after everything a person reads.</summary>
    public static void Emit(MetricsRecorder recorder, TextWriter output, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        recorder.ReplayTo(EmfWriter(output, time));
    }
}
