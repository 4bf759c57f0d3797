using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Coverage;
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

    [Theory]
    [InlineData("", "org-backup-healer")]
    [InlineData("OrgBackupHealer", " ")]
    public void RefusesABlankNamespaceOrService(string metricsNamespace, string service)
    {
        Assert.Throws<ArgumentException>(() => new EmfMetrics(_output, new FakeTimeProvider(s_now), metricsNamespace, service));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void RefusesToCountFewerThanOneIgnoredEvent(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _metrics.EventsIgnored("self", count));

        Assert.Empty(_output.ToString());
    }

    [Fact]
    public void CountsEveryMetricButReconcileDuration()
    {
        _metrics.DriftDetected(FixType.ContentRestored, "baseline");
        _metrics.HealingRun(["baseline"]);
        _metrics.TargetUnreachable("TargetNotFound", "baseline");
        _metrics.ReconcileFailed("Transient");
        _metrics.EventsIgnored("self");
        _metrics.BaselineOverridden(2);
        _metrics.EffectivePolicyInvalid(1);
        _metrics.CoverageIncomplete(CoverageIncomplete.Budget, stalled: false);
        _metrics.StateStoreError();
        _metrics.FlapGuardTripped();

        var units = Documents().Select(d => d.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics")[0].GetProperty("Unit").GetString());
        Assert.Equal(Enumerable.Repeat("Count", 11), units);
    }

    [Fact]
    public void WritesTheStateStoreErrorUnderServiceAlone()
    {
        _metrics.StateStoreError();

        var doc = SingleDocument();
        Assert.Equal([["service"]], DimensionSets(doc));
        Assert.Equal(1, doc.GetProperty("StateStoreError").GetDouble());
    }

    [Fact]
    public void AFinishedCoverageCheckReportsTheCycleOverriddenAndTheInvalidAccountsAndNothingIncomplete()
    {
        var report = new CoverageReport([], InvalidAccountsReported: 3, OrganizationsCalls: 4, Unfinished: []) { InvalidAccountsListed = true };

        _metrics.CoverageChecked(new CoverageOutcome(report, new CoverageProgress([], 0, 0, LastCycleOverridden: 2)));

        var docs = Documents();
        Assert.Equal(2, docs.Count);
        Assert.Equal([["service"]], DimensionSets(docs[0]));
        Assert.Equal(2, docs[0].GetProperty("BaselineOverridden").GetDouble());
        Assert.Equal([["service"]], DimensionSets(docs[1]));
        Assert.Equal(3, docs[1].GetProperty("EffectivePolicyInvalid").GetDouble());
    }

    [Fact]
    public void ACoverageCheckThatMadeNoProgressCountsUnderServiceAndByReason()
    {
        var report = new CoverageReport([], 0, 1, ["r-root"]) { Walk = new CoverageWalk(true, Finished: false, [], ParentsDone: 0, 0, 0) };

        _metrics.CoverageChecked(new CoverageOutcome(report, CoverageProgress.Start));

        var doc = SingleDocument();
        Assert.Equal([["service"], ["service", "Reason"]], DimensionSets(doc));
        Assert.Equal("NoProgress", doc.GetProperty("Reason").GetString());
        Assert.Equal(1, doc.GetProperty("CoverageIncomplete").GetDouble());
    }

    [Fact]
    public void ACoverageCheckCutShortAfterProgressCountsOnlyByReason()
    {
        _metrics.CoverageIncomplete(CoverageIncomplete.Budget, stalled: false);

        var doc = SingleDocument();
        Assert.Equal([["service", "Reason"]], DimensionSets(doc));
        Assert.Equal("Budget", doc.GetProperty("Reason").GetString());
    }

    [Fact]
    public void HandsEachDocumentToTheStreamBeforeReturning()
    {
        // Arrange: a writer that buffers until flushed, as Lambda's stdout writer does; CloudWatch extracts a metric
        // only from a line that reached the log.
        using var stream = new MemoryStream();
        using var writer = new StreamWriter(stream) { AutoFlush = false };
        var metrics = new EmfMetrics(writer, new FakeTimeProvider(s_now), "OrgBackupHealer", "org-backup-healer");

        // Act
        metrics.FlapGuardTripped();

        // Assert
        var written = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(1, JsonDocument.Parse(written).RootElement.GetProperty("FlapGuardTripped").GetDouble());
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
