using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Benchmarks;

/// <summary>
/// All events/ fixtures in turn: the mean is per event, so 1 s / mean is events per second on one core (issue 13: at
/// least 150,000). The baseline only parses the same bytes into a <see cref="JsonDocument"/>, the floor any JSON-reading
/// classifier pays, so the ratio column is the classifier's cost in parses measured in the same run (issue 20: at most
/// 1.2), a yardstick that stays meaningful when the machine is shared.
/// </summary>
[MemoryDiagnoser]
public class EventMixBenchmarks
{
    private const int FixtureCount = 19;
    private EventClassifier _classifier = null!;
    private byte[][] _events = [];

    [GlobalSetup]
    public void Setup()
    {
        _classifier = FixtureEvents.Classifier();
        _events = FixtureEvents.ReadAll();
        if (_events.Length != FixtureCount)
        {
            throw new InvalidOperationException($"Expected {FixtureCount} fixtures in events/, found {_events.Length}: update OperationsPerInvoke.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = FixtureCount)]
    public int JsonDocumentParseEachFixture()
    {
        var objects = 0;
        foreach (var body in _events)
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                objects++;
            }
        }

        return objects;
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

    /// <summary>
    /// The classification and then what the handler's log line reads of it: the records decode a member's text only
    /// when it is read, so this is the whole cost of an event the direct path logs (HandlerLogFields; a batch logs only
    /// its notable records).
    /// </summary>
    [Benchmark(OperationsPerInvoke = FixtureCount)]
    public int ParseClassifyAndReadTheLogFieldsOfEachFixture()
    {
        var length = 0;
        foreach (var body in _events)
        {
            var c = _classifier.Classify(body);
            length += (c.EventId?.Length ?? 0) + (c.EventName?.Length ?? 0) + (c.ErrorCode?.Length ?? 0)
                + (c.SourceAccount?.Length ?? 0) + (c.Principal?.Length ?? 0);
        }

        return length;
    }
}
