namespace OrgBackupHealer.Core.Coverage;

/// <summary>The progress for one process: tests, and a host without a state table (the checks then restart at the root when it restarts).</summary>
public sealed class InMemoryCoverageProgressStore : ICoverageProgressStore
{
    private CoverageProgress _progress = CoverageProgress.Start;

    public Task<CoverageProgress> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(Volatile.Read(ref _progress));

    public Task WriteAsync(CoverageProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        Volatile.Write(ref _progress, progress);
        return Task.CompletedTask;
    }
}
