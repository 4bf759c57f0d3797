using System.Globalization;
using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// The one summary line of a batch: how many records, what became of them, which error codes, triage categories and
/// accounts they came with. A batch of 1,500 symptoms is one line, not 1,500.
/// </summary>
internal static class BatchLogFields
{
    /// <summary>How many accounts the summary names (those with the most records); the count covers them all.</summary>
    public const int AccountsNamed = 10;

    public static LogField[] Summarize(BatchResult result)
    {
        var signals = result.Records.Where(r => r.Classification.Kind == EventKind.ErrorSignal).Select(r => r.Classification).ToList();
        var accounts = signals.GroupBy(c => c.SourceAccount ?? "unknown", StringComparer.Ordinal).ToList();
        return
        [
            LogField.Of("batch_records", Number(result.Records.Count)),
            LogField.List("batch_outcomes", Counts(result.Records.Select(r => r.OutcomeName))),
            LogField.List("error_codes", Counts(signals.Select(c => c.ErrorCode ?? "none"))),
            LogField.List("triage_categories", Counts(signals.Select(c => c.Triage?.ToString() ?? "none"))),
            LogField.Of("source_accounts", Number(accounts.Count)),
            LogField.List("top_source_accounts", [.. accounts.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(AccountsNamed).Select(g => $"{g.Key} {g.Count()}")]),
            LogField.Of("retried_records", Number(result.RetriedMessageIds.Count)),
        ];
    }

    private static List<string> Counts(IEnumerable<string> values) =>
        [.. values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {Number(g.Count())}")];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
