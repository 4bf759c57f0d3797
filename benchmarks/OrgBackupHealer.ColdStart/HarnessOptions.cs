using System.Globalization;

namespace OrgBackupHealer.ColdStart;

/// <summary>--runs N (default 20), --warm N invocations after each cold one (default 5), --storm N events (default 1000),
/// --skip-publish (reuse artifacts/coldstart), --output FILE (default artifacts/coldstart/results.md), --policy-sets
/// (only the AOT start with a policy set of 1 and of 10 entries).</summary>
internal sealed record HarnessOptions(int Runs, int WarmInvocations, int StormEvents, bool SkipPublish, string? Output, bool PolicySets = false)
{
    public static HarnessOptions Parse(string[] args)
    {
        var options = new HarnessOptions(20, 5, 1000, false, null);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--runs" => options with { Runs = Number(args, ++i) },
                "--warm" => options with { WarmInvocations = Number(args, ++i) },
                "--storm" => options with { StormEvents = Number(args, ++i) },
                "--skip-publish" => options with { SkipPublish = true },
                "--output" => options with { Output = Value(args, ++i) },
                "--policy-sets" => options with { PolicySets = true },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Options: --runs N --warm N --storm N --skip-publish --output FILE --policy-sets"),
            };
        }

        return options.Runs < 1 || options.StormEvents < 0 || options.WarmInvocations < 1
            ? throw new ArgumentException("--runs and --warm must be at least 1, --storm at least 0")
            : options;
    }

    private static string Value(string[] args, int i) =>
        i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");

    private static int Number(string[] args, int i) => int.Parse(Value(args, i), CultureInfo.InvariantCulture);
}
