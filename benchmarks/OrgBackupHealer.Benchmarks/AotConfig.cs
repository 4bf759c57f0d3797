using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Environments;
using BenchmarkDotNet.Jobs;

namespace OrgBackupHealer.Benchmarks;

/// <summary>
/// --aot: BenchmarkDotNet's default job on the JIT and the same job compiled with Native AOT, in one run, so every ratio
/// is read twice: as a JIT host with dynamic PGO runs the code, and as the Lambda's bootstrap does (no tiering, no PGO).
/// The AOT build links a separate executable per benchmark class, which takes minutes on 2 cores: hence the timeout.
/// </summary>
public sealed class AotConfig : ManualConfig
{
    public const string Flag = "--aot";

    public AotConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.Default.WithRuntime(CoreRuntime.Core10_0).WithId("JIT"));
        AddJob(Job.Default.WithRuntime(NativeAotRuntime.Net10_0).WithId("NativeAOT"));
        WithBuildTimeout(TimeSpan.FromMinutes(20));
    }
}
