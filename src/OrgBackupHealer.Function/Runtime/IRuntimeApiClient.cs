namespace OrgBackupHealer.Function.Runtime;

/// <summary>The Lambda Runtime API (2018-06-01) as the bootstrap loop uses it.</summary>
internal interface IRuntimeApiClient
{
    /// <summary>Long-polls until Lambda hands out the next event; never times out on its own.</summary>
    Task<Invocation> GetNextInvocationAsync(CancellationToken cancellationToken);

    Task PostResponseAsync(string requestId, byte[] body, CancellationToken cancellationToken);

    Task PostErrorAsync(string requestId, RuntimeError error, CancellationToken cancellationToken);

    Task PostInitErrorAsync(RuntimeError error, CancellationToken cancellationToken);
}
