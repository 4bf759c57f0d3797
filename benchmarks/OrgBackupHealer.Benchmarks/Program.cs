using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using OrgBackupHealer.Benchmarks;

// dotnet run -c Release --project benchmarks/OrgBackupHealer.Benchmarks -- --filter '*' [--quick | --aot]
// Any other BenchmarkDotNet option (--job, --filter, --list flat, --exporters) is passed through.
var quick = args.Contains(QuickConfig.Flag, StringComparer.Ordinal);
var aot = args.Contains(AotConfig.Flag, StringComparer.Ordinal);
var rest = args.Where(a => a != QuickConfig.Flag && a != AotConfig.Flag).ToArray();
IConfig config = quick ? new QuickConfig() : aot ? new AotConfig() : DefaultConfig.Instance;
BenchmarkSwitcher.FromAssembly(typeof(QuickConfig).Assembly).Run(rest, config);
