using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Observability.Tests;

public sealed class EmfMetricsTests : IDisposable
{
    private static readonly DateTimeOffset s_now = new(2025, 11, 27, 14, 3, 52, 123, TimeSpan.Zero);
    private readonly StringWriter _output = new();
    private readonly EmfMetrics _metrics;

    public EmfMetricsTests()
    {
        _metrics = new EmfMetrics(_output, new FakeTimeProvider(s_now), "OrgBackupHealer", "org-backup-healer");
    }

    [Fact]
    public void WritesAutoFixUnderServiceAndFixTypeAndAlsoPerPolicy()
    {
        _metrics.AutoFix(FixType.PolicyReattached, "baseline");

        var doc = SingleDocument();
        var aws = doc.GetProperty("_aws");
        Assert.Equal(s_now.ToUnixTimeMilliseconds(), aws.GetProperty("Timestamp").GetInt64());
        var directive = Assert.Single(aws.GetProperty("CloudWatchMetrics").EnumerateArray());
        Assert.Equal("OrgBackupHealer", directive.GetProperty("Namespace").GetString());
        Assert.Equal([["service", "FixType"], ["service", "FixType", "Policy"]], DimensionSets(doc));
        var metric = Assert.Single(directive.GetProperty("Metrics").EnumerateArray());
        Assert.Equal("AutoFix", metric.GetProperty("Name").GetString());
        Assert.Equal("Count", metric.GetProperty("Unit").GetString());
        Assert.Equal("org-backup-healer", doc.GetProperty("service").GetString());
        Assert.Equal("PolicyReattached", doc.GetProperty("FixType").GetString());
        Assert.Equal("baseline", doc.GetProperty("Policy").GetString());
        Assert.Equal(1, doc.GetProperty("AutoFix").GetDouble());
    }

    [Fact]
    public void WritesDriftDetectedWithFixType()
    {
        _metrics.DriftDetected(FixType.ContentRestored, "baseline");

        var doc = SingleDocument();
        Assert.Equal("ContentRestored", doc.GetProperty("FixType").GetString());
        Assert.Equal(1, doc.GetProperty("DriftDetected").GetDouble());
    }

    [Fact]
    public void WritesEventsIgnoredWithReasonDimension()
    {
        _metrics.EventsIgnored("self");

        var doc = SingleDocument();
        Assert.Equal(["service", "Reason"], DimensionNames(doc));
        Assert.Equal("self", doc.GetProperty("Reason").GetString());
        Assert.Equal(1, doc.GetProperty("EventsIgnored").GetDouble());
    }

    [Fact]
    public void WritesTheEventsIgnoredOfABatchAsOneDocumentWithTheirCount()
    {
        _metrics.EventsIgnored("coalesced", 1_487);

        var doc = SingleDocument();
        Assert.Equal(["service", "Reason"], DimensionNames(doc));
        Assert.Equal("coalesced", doc.GetProperty("Reason").GetString());
        Assert.Equal(1_487, doc.GetProperty("EventsIgnored").GetDouble());
    }

    [Fact]
    public void WritesTheFlapGuardUnderServiceAlone()
    {
        _metrics.FlapGuardTripped();

        var doc = SingleDocument();
        Assert.Equal(["service"], Assert.Single(DimensionSets(doc)));
        Assert.Equal(1, doc.GetProperty("FlapGuardTripped").GetDouble());
    }

    [Fact]
    public void AHealingRunOfThreeEntriesCountsOnceUnderServiceAndOncePerEntryUnderPolicy()
    {
        _metrics.HealingRun(["baseline", "prod", "regulated"]);

        var docs = Documents();
        Assert.Equal(4, docs.Count);
        Assert.Equal(["service"], Assert.Single(DimensionSets(docs[0])));
        Assert.Equal(1, docs[0].GetProperty("HealingRun").GetDouble());
        Assert.All(docs.Skip(1), d => Assert.Equal(["service", "Policy"], Assert.Single(DimensionSets(d))));
        Assert.Equal(["baseline", "prod", "regulated"], docs.Skip(1).Select(d => d.GetProperty("Policy").GetString()));
        Assert.All(docs, d => Assert.Equal(1, d.GetProperty("HealingRun").GetDouble()));
    }

    [Theory]
    [InlineData("ReconcileFailed", "OwnershipConflict")]
    [InlineData("TargetUnreachable", "TargetNotFound")]
    public void WritesReasonedMetricsUnderServiceAloneServiceWithReasonAndPerPolicy(string metric, string reason)
    {
        if (metric == "ReconcileFailed")
        {
            _metrics.ReconcileFailed(reason, "prod");
        }
        else
        {
            _metrics.TargetUnreachable(reason, "prod");
        }

        var doc = SingleDocument();
        Assert.Equal([["service"], ["service", "Reason"], ["service", "Reason", "Policy"]], DimensionSets(doc));
        Assert.Equal(reason, doc.GetProperty("Reason").GetString());
        Assert.Equal("prod", doc.GetProperty("Policy").GetString());
        Assert.Equal(1, doc.GetProperty(metric).GetDouble());
    }

    [Fact]
    public void WritesReconcileDurationInMilliseconds()
    {
        _metrics.ReconcileDuration(TimeSpan.FromMilliseconds(1234.5));

        var doc = SingleDocument();
        var metric = doc.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics")[0];
        Assert.Equal("Milliseconds", metric.GetProperty("Unit").GetString());
        Assert.Equal(1234.5, doc.GetProperty("ReconcileDuration").GetDouble());
    }

    [Fact]
    public void WritesOneLinePerMetric()
    {
        _metrics.AutoFix(FixType.PolicyTypeEnabled, "baseline");
        _metrics.AutoFix(FixType.PolicyReattached, "baseline");

        var lines = _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
    }

    private static List<List<string?>> DimensionSets(JsonElement doc) =>
        [.. doc.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Dimensions").EnumerateArray()
            .Select(set => set.EnumerateArray().Select(d => d.GetString()).ToList())];

    private static IEnumerable<string?> DimensionNames(JsonElement doc) =>
        doc.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Dimensions")[0].EnumerateArray().Select(d => d.GetString());

    private JsonElement SingleDocument() => Assert.Single(Documents());

    private List<JsonElement> Documents() =>
        _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();

    public void Dispose() => _output.Dispose();
}
