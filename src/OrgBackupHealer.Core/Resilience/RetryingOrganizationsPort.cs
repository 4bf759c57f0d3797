using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Resilience;

/// <summary>
/// The healer's one retry policy, around any port: retryable Organizations errors (throttling in all its codes,
/// concurrent modification, changes in progress, timeouts, 5xx) are retried with jittered exponential backoff
/// within the caller's cancellation (the Lambda deadline); everything else surfaces at once. Both hosts wrap the
/// port they use in it, so the tests of this class exercise the retries that ship.
/// </summary>
public sealed class RetryingOrganizationsPort(
    IOrganizationsPort inner, TimeProvider time, RetryOptions options, Random random, Action<RetryNotice>? onRetry = null)
    : OrganizationsPortDecorator(inner)
{
    protected override async Task<T> InvokeAsync<T>(string operation, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await send(cancellationToken).ConfigureAwait(false);
            }
            catch (OrganizationsException e) when (e.IsRetryable && attempt < options.MaxAttempts)
            {
                var delay = options.DelayFor(attempt - 1, random.NextDouble());
                onRetry?.Invoke(new RetryNotice(operation, attempt, options.MaxAttempts, delay, e));
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}

/// <summary>
/// A retryable failure about to be retried: <paramref name="Attempt"/> of <paramref name="MaxAttempts"/> failed
/// and the next starts after <paramref name="Delay"/>. The CLI prints it, so a slow endpoint is never silent.
/// </summary>
public sealed record RetryNotice(string Operation, int Attempt, int MaxAttempts, TimeSpan Delay, OrganizationsException Error);
