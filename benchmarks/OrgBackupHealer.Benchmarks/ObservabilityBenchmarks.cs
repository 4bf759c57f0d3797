using BenchmarkDotNet.Attributes;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Benchmarks;

/// <summary>One EMF metric line and one structured log line, written to a discarding writer (stdout's cost is the OS's).</summary>
[MemoryDiagnoser]
public class ObservabilityBenchmarks
{
    private EmfMetrics _metrics = null!;
    private JsonLogger _logger = null!;
    private readonly IReadOnlyList<string> _actions = ["AttachPolicy r-ab12 (PolicyReattached)", "AttachPolicy ou-ab12-abcdefgh (PolicyReattached)"];

    [GlobalSetup]
    public void Setup()
    {
        _metrics = new EmfMetrics(TextWriter.Null, TimeProvider.System, "OrgBackupHealer", "OrgBackupHealer");
        _logger = new JsonLogger(TextWriter.Null, TimeProvider.System, "OrgBackupHealer", "OrgBackupHealer-HealerFunction");
        _logger.StartInvocation("8f5e3f0e-1a2b-4c3d-9e8f-0a1b2c3d4e5f", "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");
    }

    [Benchmark]
    public void EmfAutoFix() => _metrics.AutoFix(FixType.PolicyReattached, "baseline");

    [Benchmark]
    public void LogEventLine() => _logger.Info(
        "event classified",
        LogField.Of("event_id", "0b7f6c6e-53c2-4f8a-9b4e-1d2c3b4a5f60"),
        LogField.Of("event_name", "AttachPolicy"),
        LogField.Of("error_code", "AccessDenied"),
        LogField.Of("principal", "arn:aws:sts::111111111111:assumed-role/Admin/alice"),
        LogField.Of("triage", "IamDeny"));

    [Benchmark]
    public void LogPlanLine() => _logger.Info("reconcile planned", LogField.List("planned_actions", _actions));
}
