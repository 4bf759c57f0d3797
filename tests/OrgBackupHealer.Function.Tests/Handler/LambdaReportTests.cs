using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function.Tests.Handler;

/// <summary>How the Lambda tells what the pipeline reports: a swallowed state-store failure is an error line and a metric, never silence.</summary>
public sealed class LambdaReportTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 27, 16, 0, 0, TimeSpan.Zero));
    private readonly StringWriter _stdout = new();

    [Fact]
    public void AStateStoreFailureIsAnErrorLineAndOneStateStoreError()
    {
        // Act
        Report().StateStoreFailed("recording the reconcile's outcome", new InvalidOperationException("the table is throttled"));

        // Assert
        var lines = Lines();
        Assert.Single(lines, l => l.TryGetProperty("StateStoreError", out var v) && v.GetDouble() == 1);
        var error = Assert.Single(lines, l => l.TryGetProperty("level", out var level) && level.GetString() == "Error");
        Assert.Equal("recording the reconcile's outcome", error.GetProperty("state_store_operation").GetString());
        Assert.Contains("the table is throttled", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnIgnoredEventCountsOnceWithTheMetricSpellingOfItsReason()
    {
        // Act
        Report().Ignored(new EventClassification(EventKind.SelfGenerated, "own call"), IgnoreReason.Self, "own call");

        // Assert
        var metric = Assert.Single(Lines(), l => l.TryGetProperty("EventsIgnored", out _));
        Assert.Equal("self", metric.GetProperty("Reason").GetString());
    }

    public void Dispose() => _stdout.Dispose();

    private LambdaReport Report() =>
        new(6, new EmfMetrics(_stdout, _time, "OrgBackupHealer", "svc"), new JsonLogger(_stdout, _time, "svc", "fn"));

    private List<JsonElement> Lines() =>
        [.. _stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
}
