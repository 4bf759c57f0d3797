using System.Globalization;

namespace OrgBackupHealer.Storm;

/// <summary>
/// The storm and the emulated event source mapping. Defaults are the storm and template.yaml's settings:
/// --events 10000 --accounts 500 --seconds 60 --window 20 --batch-size 10000 --visibility 1800 --max-receives 10
/// --concurrency 2 --throttle-retries 2 --path both|buffered|direct --skip-publish --output FILE, and --memory-mib N to
/// cap the function's GC heap at N MiB (DOTNET_GCHeapHardLimit) as a Lambda of that memory size would bound it.
/// </summary>
internal sealed record StormOptions(
    int Events,
    int Accounts,
    int Seconds,
    int WindowSeconds,
    int BatchSize,
    int VisibilitySeconds,
    int MaxReceives,
    int MaximumConcurrency,
    int ThrottleRetries,
    string Path,
    bool SkipPublish,
    string? Output,
    int? MemoryMiB = null)
{
    /// <summary>Lambda's limit on a synchronous invocation's payload, which caps an SQS batch before BatchSize does.</summary>
    public const int MaxPayloadBytes = 6 * 1024 * 1024;

    /// <summary>The function's reserved concurrency (template.yaml).</summary>
    public const int ReservedConcurrency = 1;

    public static StormOptions Parse(string[] args)
    {
        var options = new StormOptions(10_000, 500, 60, 20, 10_000, 1_800, 10, 2, 2, "both", false, null);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--events" => options with { Events = Number(args, ++i) },
                "--accounts" => options with { Accounts = Number(args, ++i) },
                "--seconds" => options with { Seconds = Number(args, ++i) },
                "--window" => options with { WindowSeconds = Number(args, ++i) },
                "--batch-size" => options with { BatchSize = Number(args, ++i) },
                "--visibility" => options with { VisibilitySeconds = Number(args, ++i) },
                "--max-receives" => options with { MaxReceives = Number(args, ++i) },
                "--concurrency" => options with { MaximumConcurrency = Number(args, ++i) },
                "--throttle-retries" => options with { ThrottleRetries = Number(args, ++i) },
                "--path" => options with { Path = Value(args, ++i) },
                "--skip-publish" => options with { SkipPublish = true },
                "--output" => options with { Output = Value(args, ++i) },
                "--memory-mib" => options with { MemoryMiB = Number(args, ++i) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. See StormOptions for the list."),
            };
        }

        return options.Path is "both" or "buffered" or "direct" && options.Events > 0 && options.Accounts > 0 && options.Seconds > 0
            ? options
            : throw new ArgumentException("--path is both, buffered or direct; --events, --accounts and --seconds are positive");
    }

    public bool Runs(string path) => Path == "both" || Path == path;

    private static string Value(string[] args, int i) =>
        i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");

    private static int Number(string[] args, int i) => int.Parse(Value(args, i), CultureInfo.InvariantCulture);
}
