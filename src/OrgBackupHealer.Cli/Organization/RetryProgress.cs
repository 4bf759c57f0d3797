using System.Globalization;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Resilience;

namespace OrgBackupHealer.Cli.Organization;

/// <summary>One stderr line per retry: which call, what went wrong, which attempt comes next and when.</summary>
internal static class RetryProgress
{
    public static Action<RetryNotice> WritingTo(TextWriter progress) => notice =>
    {
        progress.WriteLine(Describe(notice));
        progress.Flush();
    };

    /// <summary>"ListRoots: no answer from organizations.us-east-1.amazonaws.com within 10 s; retry 2/6 in 0.4 s".</summary>
    public static string Describe(RetryNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var error = notice.Error;
        var what = error.ErrorCode == OrganizationsErrorCodes.RequestTimeout ? error.Message : $"{error.ErrorCode} ({error.Message.TrimEnd('.')})";
        return string.Create(CultureInfo.InvariantCulture,
            $"{notice.Operation}: {what}; retry {notice.Attempt + 1}/{notice.MaxAttempts} in {notice.Delay.TotalSeconds:0.0} s");
    }
}
