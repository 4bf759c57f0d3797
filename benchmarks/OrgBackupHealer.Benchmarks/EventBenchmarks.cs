using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Benchmarks;

/// <summary>
/// Parse + classify of each events/ fixture, the work done for every event before any Organizations call, beside a
/// bare <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes: the ratio column
/// is the classifier's cost in parses (issue 20: at most 1.2).
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

    [Benchmark(Baseline = true)]
    public JsonValueKind JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_body);
        return document.RootElement.ValueKind;
    }

    [Benchmark]
    public EventKind ParseAndClassify() => _classifier.Classify(_body).Kind;
}
