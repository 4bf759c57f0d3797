using Amazon.Runtime;

namespace OrgBackupHealer.Aws;

/// <summary>How <see cref="OrganizationsClientFactory"/> builds a client. The defaults suit the Lambda and the CLI.</summary>
public sealed record OrganizationsClientOptions
{
    /// <summary>A named profile from ~/.aws/config or ~/.aws/credentials (SSO included); wins over the environment.</summary>
    public string? Profile { get; init; }

    /// <summary>Explicit credentials, bypassing resolution (tests, or a host that already holds them).</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>
    /// Time one HTTP attempt may take, connecting included, before it fails with a retryable RequestTimeout. The
    /// retries themselves belong to the core's RetryingOrganizationsPort, which both hosts put around the client.
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Time to open a connection; shorter than the request timeout so an unreachable endpoint is told quickly.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>MaxResults sent with List* calls (1-20); null lets the service choose.</summary>
    public int? PageSize { get; init; }

    /// <summary>
    /// Where AWS_ENDPOINT_URL_ORGANIZATIONS, AWS_ENDPOINT_URL and the AWS_ACCESS_KEY_ID family are read from.
    /// The process environment by default; tests hand in their own.
    /// </summary>
    public Func<string, string?> EnvironmentVariables { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Clock for request timeouts.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
