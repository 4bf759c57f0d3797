using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Benchmarks;

/// <summary>
/// All events/ fixtures in turn: the mean is per event, so 1 s / mean is events per second on one core. The baseline
/// only parses the same bytes into a JsonDocument: the floor any JSON-reading classifier pays, and a yardstick that
/// stays meaningful when the machine is shared (the ratio moves less than the absolute times).
/// </summary>
[MemoryDiagnoser]
public class EventMixBenchmarks
{
    private const int FixtureCount = 10;
    private EventClassifier _classifier = null!;
    private byte[][] _events = [];

    [GlobalSetup]
    public void Setup()
    {
        _classifier = FixtureEvents.Classifier();
        _events = [.. FixtureEvents.Names().Select(n => File.ReadAllBytes(Path.Combine(FixtureEvents.Folder, n)))];
        if (_events.Length != FixtureCount)
        {
            throw new InvalidOperationException($"Expected {FixtureCount} fixtures in events/, found {_events.Length}: update OperationsPerInvoke.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = FixtureCount)]
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
