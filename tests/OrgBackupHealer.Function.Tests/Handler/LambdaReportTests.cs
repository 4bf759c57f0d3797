using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Reconciliation;
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

    [Fact]
    public void AnIgnoredEventIsAnInfoLineNamingItsReason()
    {
        // Act
        Report().Ignored(new EventClassification(EventKind.SelfGenerated, "own call"), IgnoreReason.Self, "the healer's own role made the call");

        // Assert
        var line = Assert.Single(Lines(), l => l.TryGetProperty("level", out _));
        Assert.Equal("Information", line.GetProperty("level").GetString());
        Assert.Equal("event ignored (self): the healer's own role made the call", line.GetProperty("message").GetString());
        Assert.Equal("self", line.GetProperty("ignored_reason").GetString());
    }

    [Fact]
    public void AStateStoreFailureNamesTheExceptionType()
    {
        // Act
        Report().StateStoreFailed("reading the gate's state", new TimeoutException("no answer"));

        // Assert
        var error = Assert.Single(Lines(), l => l.TryGetProperty("level", out _));
        Assert.Equal("TimeoutException", error.GetProperty("error_type").GetString());
        Assert.Equal("state table: reading the gate's state failed (TimeoutException: no answer); the healer goes on without it", error.GetProperty("message").GetString());
    }

    [Fact]
    public void AFailedCoverageCheckIsAWarningWithWhyAndOneStalledIncompleteCheck()
    {
        // Act
        Report().CoverageFailed(new Diagnosis(FailureKind.Terminal, "AccessDenied", "ListAccounts was denied"));

        // Assert
        var lines = Lines();
        var warning = Assert.Single(lines, l => l.TryGetProperty("level", out _));
        Assert.Equal("Warning", warning.GetProperty("level").GetString());
        Assert.Equal("coverage check failed: ListAccounts was denied", warning.GetProperty("message").GetString());
        Assert.Equal("Failed", warning.GetProperty("coverage_incomplete").GetString());
        Assert.Equal("AccessDenied", warning.GetProperty("failure_reason").GetString());
        var metric = Assert.Single(lines, l => l.TryGetProperty("CoverageIncomplete", out _));
        Assert.Equal("Failed", metric.GetProperty("Reason").GetString());
    }

    [Fact]
    public void AFailedReconcileIsAnErrorLineAFailureByReasonAndItsDuration()
    {
        // Arrange
        var failure = new ReconcileException(new Diagnosis(FailureKind.Transient, "Transient", "Organizations throttled the healer; tried again later"), [], null, null);

        // Act
        Report().ReconcileFailed(failure, TimeSpan.FromMilliseconds(250), cause: null);

        // Assert
        var lines = Lines();
        var error = Assert.Single(lines, l => l.TryGetProperty("level", out _));
        Assert.Equal("Error", error.GetProperty("level").GetString());
        Assert.Equal("Organizations throttled the healer; tried again later", error.GetProperty("message").GetString());
        Assert.Equal("Transient", Assert.Single(lines, l => l.TryGetProperty("ReconcileFailed", out _)).GetProperty("Reason").GetString());
        Assert.Equal(250, Assert.Single(lines, l => l.TryGetProperty("ReconcileDuration", out _)).GetProperty("ReconcileDuration").GetDouble());
    }

    public void Dispose() => _stdout.Dispose();

    private LambdaReport Report() =>
        new(6, new EmfMetrics(_stdout, _time, "OrgBackupHealer", "svc"), new JsonLogger(_stdout, _time, "svc", "fn"));

    private List<JsonElement> Lines() =>
        [.. _stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
}
