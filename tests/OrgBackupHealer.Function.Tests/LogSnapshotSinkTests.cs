using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function.Tests;

public class LogSnapshotSinkTests
{
    [Fact]
    public async Task LogsTheSnapshotInTheFileFormatRestoreReads()
    {
        var output = new StringWriter();
        var logger = new JsonLogger(output, new FakeTimeProvider(), "svc", "fn");
        var snapshot = new StateSnapshot(
            new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero), "evt-1", "r-ab12", "ENABLED",
            "org-backup-baseline", "p-abcd1234", """{"plans":{}}""", ["r-ab12", "ou-ab12-cdef3456"]);

        await new LogSnapshotSink(logger).SaveAsync(snapshot, CancellationToken.None);

        using var line = JsonDocument.Parse(output.ToString());
        var logged = SnapshotJson.Deserialize(line.RootElement.GetProperty("snapshot").GetString()!);
        Assert.Equal(snapshot with { AttachedTargetIds = [] }, logged with { AttachedTargetIds = [] });
        Assert.Equal(snapshot.AttachedTargetIds, logged.AttachedTargetIds);
    }
}
