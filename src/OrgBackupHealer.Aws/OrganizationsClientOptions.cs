using Amazon.Runtime;

namespace OrgBackupHealer.Aws;

/// <summary>How <see cref="OrganizationsClientFactory"/> builds a client. The defaults suit the Lambda and the CLI.</summary>
public sealed record OrganizationsClientOptions
{
    /// <summary>A named profile from ~/.aws/config or ~/.aws/credentials (SSO included); wins over the environment.</summary>
    public string? Profile { get; init; }

    /// <summary>Explicit credentials, bypassing resolution (tests, or a host that already holds them).</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>Time one HTTP attempt may take before it counts as a timeout (and is retried).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Attempts per call, the first included. 1 disables retries.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>Base of the jittered exponential backoff between attempts.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>MaxResults sent with List* calls (1-20); null lets the service choose.</summary>
    public int? PageSize { get; init; }

    /// <summary>
    /// Where AWS_ENDPOINT_URL_ORGANIZATIONS, AWS_ENDPOINT_URL and the AWS_ACCESS_KEY_ID family are read from.
    /// The process environment by default; tests hand in their own.
    /// </summary>
    public Func<string, string?> EnvironmentVariables { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Clock for backoff delays and request timeouts.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
