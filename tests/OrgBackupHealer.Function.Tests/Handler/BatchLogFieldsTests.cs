using System.Globalization;
using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function.Tests.Handler;

/// <summary>
/// The batch's one summary line: counts per outcome, error code, triage category and account, most frequent first,
/// ties by name; at most ten accounts named; records without a code, category or account counted as such.
/// </summary>
public sealed class BatchLogFieldsTests
{
    [Fact]
    public void CountsTheErrorSignalsByCodeCategoryAndAccountMostFrequentFirst()
    {
        // Arrange
        var result = Batch(
            Signal("m1", "111111111111", "AccessDenied", TriageCategory.ServiceControlPolicy),
            Signal("m2", "222222222222", "TooManyRequestsException", TriageCategory.Throttling),
            Signal("m3", "222222222222", "TooManyRequestsException", TriageCategory.Throttling),
            Signal("m4", null, null, null),
            new BatchRecordResult("m5", new EventClassification(EventKind.SelfGenerated, "self"), BatchRecordOutcome.Ignored, IgnoreReason.Self));

        // Act
        var fields = Fields(BatchLogFields.Summarize(result));

        // Assert
        Assert.Equal("5", fields["batch_records"].Value);
        Assert.Equal(["reconciled 4", "self 1"], fields["batch_outcomes"].Values);
        Assert.Equal(["TooManyRequestsException 2", "AccessDenied 1", "none 1"], fields["error_codes"].Values);
        Assert.Equal(["Throttling 2", "ServiceControlPolicy 1", "none 1"], fields["triage_categories"].Values);
        Assert.Equal("3", fields["source_accounts"].Value);
        Assert.Equal(["222222222222 2", "111111111111 1", "unknown 1"], fields["top_source_accounts"].Values);
        Assert.Equal("0", fields["retried_records"].Value);
    }

    [Fact]
    public void NamesTheTenAccountsWithTheMostRecordsAndCountsThemAll()
    {
        // Arrange: account 00 has 3 records, 01 has 2, the other ten one each.
        var records = Enumerable.Range(0, 12).Select(i => Signal($"m{i}", Account(i), "AccessDenied", TriageCategory.Unknown)).ToList();
        records.AddRange([Signal("x1", Account(0), "AccessDenied", null), Signal("x2", Account(0), "AccessDenied", null), Signal("x3", Account(1), "AccessDenied", null)]);

        // Act
        var fields = Fields(BatchLogFields.Summarize(Batch([.. records])));

        // Assert
        Assert.Equal("12", fields["source_accounts"].Value);
        Assert.Equal(
            [$"{Account(0)} 3", $"{Account(1)} 2", .. Enumerable.Range(2, 8).Select(i => $"{Account(i)} 1")],
            fields["top_source_accounts"].Values);
    }

    [Fact]
    public void CountsTheRecordsTheQueueMustDeliverAgain()
    {
        var retried = new BatchRecordResult("m1", new EventClassification(EventKind.ErrorSignal, "denied"), BatchRecordOutcome.Retried);

        var fields = Fields(BatchLogFields.Summarize(Batch(retried, retried with { MessageId = "m2" })));

        Assert.Equal("2", fields["retried_records"].Value);
        Assert.Equal(["retried 2"], fields["batch_outcomes"].Values);
    }

    private static string Account(int i) => (300_000_000_000 + i).ToString(CultureInfo.InvariantCulture);

    private static BatchRecordResult Signal(string messageId, string? account, string? errorCode, TriageCategory? triage) =>
        new(
            messageId,
            new EventClassification(
                EventKind.ErrorSignal,
                "denied",
                Event: account is null ? null : new EventBridgeEvent { Account = account },
                Detail: new CloudTrailDetail { ErrorCode = errorCode },
                Triage: triage),
            BatchRecordOutcome.Reconciled);

    private static BatchResult Batch(params BatchRecordResult[] records) =>
        new(records, new BatchGateDecision(null, [], []), null, null);

    private static Dictionary<string, LogField> Fields(LogField[] fields) => fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
}
