using OrgBackupHealer.Core.Organizations;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>
/// Retry (outer) around a per-attempt timeout (inner). Retried: throttling, concurrent modification, changes in
/// progress, 5xx, and attempts that timed out; everything else, and the caller's own cancellation, surfaces at once.
/// The pipeline sits above the signing handler, so every attempt is signed afresh.
/// </summary>
internal static class RetryPipelineFactory
{
    public static ResiliencePipeline Create(OrganizationsClientOptions options)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = options.TimeProvider };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<OrganizationsException>(e => e.IsRetryable)
                    .Handle<TimeoutRejectedException>(),
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
            });
        }

        return builder.AddTimeout(options.RequestTimeout).Build();
    }
}
