using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Benchmarks;

/// <summary>
/// A 10,000-record batch (issue 13: "classifies in well under 100 ms"): the events/ fixtures in turn, each record with
/// its own envelope id and CloudTrail eventID, as a storm delivers them. The mean is the time for the whole batch; the
/// baseline parses each record into a <see cref="JsonDocument"/> and nothing more.
/// </summary>
[MemoryDiagnoser]
public class EventBatchBenchmarks
{
    public const int BatchSize = 10_000;

    private EventClassifier _classifier = null!;
    private byte[][] _batch = [];

    [GlobalSetup]
    public void Setup()
    {
        _classifier = FixtureEvents.Classifier();
        _batch = EventBatch.Create(FixtureEvents.ReadAll(), BatchSize);
    }

    [Benchmark(Baseline = true)]
    public int JsonDocumentParseBatch()
    {
        var objects = 0;
        foreach (var body in _batch)
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                objects++;
            }
        }

        return objects;
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
