using BenchmarkDotNet.Attributes;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Tests.Events.Baseline;

namespace OrgBackupHealer.Benchmarks;

/// <summary>
/// Parse + classify of each events/ fixture, the work done for every event before any Organizations call
/// (target, issue 13: at least 150,000 events per second on one core, i.e. at most 6.6 µs per event), beside the
/// classifier of commit a42232d on the same bytes.
/// </summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private EventClassifier _classifier = null!;
    private BaselineEventClassifier _baseline = null!;
    private byte[] _body = [];

    [ParamsSource(nameof(Fixtures))]
    public string Fixture { get; set; } = "";

    public static IEnumerable<string> Fixtures() => FixtureEvents.Names();

    [GlobalSetup]
    public void Setup()
    {
        _classifier = FixtureEvents.Classifier();
        _baseline = FixtureEvents.Baseline();
        _body = File.ReadAllBytes(Path.Combine(FixtureEvents.Folder, Fixture));
    }

    [Benchmark(Baseline = true)]
    public EventKind BeforeParseAndClassify() => _baseline.Classify(_body).Kind;

    [Benchmark]
    public EventKind ParseAndClassify() => _classifier.Classify(_body).Kind;
}
