using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Resilience;

/// <summary>
/// A retryable failure about to be retried: <paramref name="Attempt"/> of <paramref name="MaxAttempts"/> failed
/// and the next starts after <paramref name="Delay"/>. The CLI prints it, so a slow endpoint is never silent.
/// </summary>
public sealed record RetryNotice(string Operation, int Attempt, int MaxAttempts, TimeSpan Delay, OrganizationsException Error);
