using BenchmarkDotNet.Attributes;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Tests.Events.Baseline;

namespace OrgBackupHealer.Benchmarks;

/// <summary>
/// A 10,000-record batch (issue 13: "classifies in well under 100 ms"): the events/ fixtures in turn, each record with
/// its own envelope id and CloudTrail eventID, as a storm delivers them. The mean is the time for the whole batch.
/// </summary>
[MemoryDiagnoser]
public class EventBatchBenchmarks
{
    public const int BatchSize = 10_000;

    private EventClassifier _classifier = null!;
    private BaselineEventClassifier _baseline = null!;
    private byte[][] _batch = [];

    [GlobalSetup]
    public void Setup()
    {
        _classifier = FixtureEvents.Classifier();
        _baseline = FixtureEvents.Baseline();
        _batch = EventBatch.Create(FixtureEvents.ReadAll(), BatchSize);
    }

    [Benchmark(Baseline = true)]
    public int BeforeClassifyBatch()
    {
        var reconciles = 0;
        foreach (var body in _batch)
        {
            if (_baseline.Classify(body).Trigger is not null)
            {
                reconciles++;
            }
        }

        return reconciles;
    }

    [Benchmark]
    public int ClassifyBatch()
    {
        var reconciles = 0;
        foreach (var body in _batch)
        {
            if (_classifier.Classify(body).RunsReconcile)
            {
                reconciles++;
            }
        }

        return reconciles;
    }
}
