using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Resilience;

namespace OrgBackupHealer.Cli.Organization;

/// <summary>
/// What the command line asked for. <see cref="Set"/> shapes the simulated organization (it starts healthy for every
/// entry, then <see cref="Break"/> is applied to the first entry's policy).
/// </summary>
internal sealed record ConnectionRequest(
    bool Simulate,
    PolicyBreak? Break,
    string? Profile,
    PolicySet Set)
{
    /// <summary>The CLI's default: an endpoint that never answers is reported within seconds, not minutes.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How long one call may go unanswered before it fails (retryable) with RequestTimeout.</summary>
    public TimeSpan RequestTimeout { get; init; } = DefaultRequestTimeout;

    public RetryOptions Retry { get; init; } = new();

    /// <summary>Where retries and slow calls are announced (stderr), so a stuck endpoint is never silent.</summary>
    public TextWriter Progress { get; init; } = TextWriter.Null;
}
