namespace OrgBackupHealer.Deployment.Tests;

/// <summary>Matches the repository's events/ fixtures against each template once for all tests of a class (moto is slow to import).</summary>
public sealed class RepositoryEventsMatches : IAsyncLifetime
{
    private readonly Dictionary<string, EventPatternMatches> _matches = new(StringComparer.Ordinal);

    internal static string EventsDirectory => RepositoryRoot.Combine("events");

    internal EventPatternMatches For(string template) =>
        _matches.TryGetValue(template, out var matches) ? matches : throw new InvalidOperationException($"{template} was not matched");

    public async Task InitializeAsync()
    {
        foreach (var template in SignalRules.Templates)
        {
            _matches[template] = await EventPatternMatches.ComputeAsync(template, EventsDirectory);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
