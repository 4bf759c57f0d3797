using System.Globalization;
using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Batching;

/// <summary>
/// When an error signal happened: the envelope's time (EventBridge copies CloudTrail's eventTime into it), else the
/// record's eventTime, never later than now (a clock ahead of ours gains nothing), and now when neither reads.
/// </summary>
internal static class SymptomTime
{
    public static DateTimeOffset Of(EventClassification classification, DateTimeOffset now)
    {
        foreach (var text in new[] { classification.Event?.Time, classification.Detail?.EventTime })
        {
            // A time without a zone (EventBridge and CloudTrail always write 'Z') is UTC, not the host's zone.
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return new[] { at.ToUniversalTime(), now }.Min();
            }
        }

        return now;
    }
}
