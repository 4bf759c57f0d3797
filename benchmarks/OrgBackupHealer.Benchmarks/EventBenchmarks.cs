using BenchmarkDotNet.Attributes;
using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Benchmarks;

/// <summary>
/// Parse + classify of each events/ fixture, the work done for every event before any Organizations call
/// (target: at least 100,000 events per second on one core, i.e. at most 10 µs per event).
/// </summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private EventClassifier _classifier = null!;
    private byte[] _body = [];

    [ParamsSource(nameof(Fixtures))]
    public string Fixture { get; set; } = "";

    public static IEnumerable<string> Fixtures() => FixtureEvents.Names();

    [GlobalSetup]
    public void Setup()
    {
        _classifier = FixtureEvents.Classifier();
        _body = File.ReadAllBytes(Path.Combine(FixtureEvents.Folder, Fixture));
    }

    [Benchmark]
    public EventKind ParseAndClassify() => _classifier.Classify(_body).Kind;
}
