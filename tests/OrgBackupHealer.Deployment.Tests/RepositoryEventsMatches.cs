namespace OrgBackupHealer.Deployment.Tests;

/// <summary>Matches the repository's events/ fixtures once for all tests of a class (moto is slow to import).</summary>
public sealed class RepositoryEventsMatches : IAsyncLifetime
{
    private EventPatternMatches? _matches;

    internal EventPatternMatches Matches =>
        _matches ?? throw new InvalidOperationException("InitializeAsync has not run");

    internal static string EventsDirectory => RepositoryRoot.Combine("events");

    public async Task InitializeAsync() => _matches = await EventPatternMatches.ComputeAsync(EventsDirectory);

    public Task DisposeAsync() => Task.CompletedTask;
}
