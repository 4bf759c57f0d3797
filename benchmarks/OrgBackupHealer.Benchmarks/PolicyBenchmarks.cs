using BenchmarkDotNet.Attributes;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Benchmarks;

/// <summary>
/// Policy document work of one reconcile: parse + validate the desired document (once per cold start) and the
/// semantic comparison with what DescribePolicy returned (every reconcile), for the shipped policy and for one at
/// the 10,000-character limit.
/// </summary>
[MemoryDiagnoser]
public class PolicyBenchmarks
{
    private string _content = "";
    private PolicyDocument _document = null!;
    private string _reordered = "";
    private string _edited = "";

    [Params("shipped", "10k")]
    public string Size { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var shipped = File.ReadAllText(RepositoryPaths.FindAbove(Path.Combine("policies", "backup-policy.json")));
        _content = Size == "10k" ? LargePolicy.Create(shipped) : shipped;
        _document = PolicyDocument.Parse(_content);
        _reordered = LargePolicy.Reordered(_content);
        _edited = LargePolicy.EditedAtTheEnd(_content);
        if (!_document.SemanticallyEquals(_reordered) || _document.SemanticallyEquals(_edited))
        {
            throw new InvalidOperationException("The comparison inputs do not mean what the benchmark says.");
        }

        Console.WriteLine($"// policy '{Size}': {_content.Length} characters");
    }

    [Benchmark]
    public PolicyDocument ParseAndValidate() => PolicyDocument.Parse(_content);

    [Benchmark]
    public int ValidateOnly() => BackupPolicyValidator.Validate(_content).Count;

    [Benchmark]
    public bool CompareSameContentReordered() => _document.SemanticallyEquals(_reordered);

    [Benchmark]
    public bool CompareEditedAtTheEnd() => _document.SemanticallyEquals(_edited);
}
