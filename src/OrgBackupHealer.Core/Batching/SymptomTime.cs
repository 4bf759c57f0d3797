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
            // Stryker disable once Bitwise : the styles only matter for a time without a zone on a host whose zone is not UTC; EventBridge and CloudTrail write 'Z', and Lambda runs in UTC.
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            {
                // Stryker disable once Equality : when the two are equal, either is the answer.
                return at < now ? at : now;
            }
        }

        return now;
    }
}
