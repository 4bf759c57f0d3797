using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Tests.Events.Baseline;

namespace OrgBackupHealer.Benchmarks;

/// <summary>
/// All events/ fixtures in turn: the mean is per event, so 1 s / mean is events per second on one core. The baseline is
/// the classifier of commit a42232d on the same bytes, so the ratio column is the speed-up measured in the same run.
/// <see cref="JsonDocumentParseOnly"/> only parses the bytes into a JsonDocument: the floor any JSON-reading classifier
/// pays, and a yardstick that stays meaningful when the machine is shared.
/// </summary>
[MemoryDiagnoser]
public class EventMixBenchmarks
{
    private const int FixtureCount = 17;
    private EventClassifier _classifier = null!;
    private BaselineEventClassifier _baseline = null!;
    private byte[][] _events = [];

    [GlobalSetup]
    public void Setup()
    {
        _classifier = FixtureEvents.Classifier();
        _baseline = FixtureEvents.Baseline();
        _events = FixtureEvents.ReadAll();
        if (_events.Length != FixtureCount)
        {
            throw new InvalidOperationException($"Expected {FixtureCount} fixtures in events/, found {_events.Length}: update OperationsPerInvoke.");
        }
    }

    [Benchmark(OperationsPerInvoke = FixtureCount)]
    public int JsonDocumentParseOnly()
    {
        var properties = 0;
        foreach (var body in _events)
        {
            using var document = JsonDocument.Parse(body);
            properties += document.RootElement.GetPropertyCount();
        }

        return properties;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = FixtureCount)]
    public int BeforeParseAndClassifyEachFixture()
    {
        var reconciles = 0;
        foreach (var body in _events)
        {
            if (_baseline.Classify(body).Trigger is not null)
            {
                reconciles++;
            }
        }

        return reconciles;
    }

    [Benchmark(OperationsPerInvoke = FixtureCount)]
    public int ParseAndClassifyEachFixture()
    {
        var reconciles = 0;
        foreach (var body in _events)
        {
            if (_classifier.Classify(body).RunsReconcile)
            {
                reconciles++;
            }
        }

        return reconciles;
    }
}
