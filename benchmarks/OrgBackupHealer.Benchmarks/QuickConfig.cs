using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace OrgBackupHealer.Benchmarks;

/// <summary>
/// --quick: one process per benchmark, 2 warm-up and 5 measured iterations of about 100 ms each, so every benchmark
/// of this project runs in a few minutes on 2 cores. Enough to compare with the targets, not to chase 2 % changes.
/// Tiered compilation is off: with so little warm-up, part of the measured code would otherwise still be tier-0
/// (unoptimized) on a busy machine; fully optimized code from the first call is also closer to the Native AOT
/// bootstrap, which has no tiering either.
/// </summary>
public sealed class QuickConfig : ManualConfig
{
    public const string Flag = "--quick";

    public QuickConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.ShortRun
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100))
            .WithEnvironmentVariable("DOTNET_TieredCompilation", "0")
            .WithId("Quick"));
    }
}
