using System.CommandLine;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Core.Incidents;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>Options several commands carry; each command gets its own instances.</summary>
internal static class CommonOptions
{
    public const string OutputName = "--output";

    public static Option<string> Output()
    {
        var option = new Option<string>(OutputName)
        {
            Description = "table (for people) or json (one document on stdout, for scripts; docs/cli-json.md).",
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong("table", "json");
        return option;
    }

    public static Option<string?> Profile() => new("--profile")
    {
        Description = "Named AWS profile (~/.aws/config, SSO included) for the real organization [default: AWS_PROFILE, unless access keys are in the environment].",
    };

    public static Option<bool> Yes() => new("--yes", "-y")
    {
        Description = "Apply without asking for confirmation (needed when stdin is not a terminal).",
    };

    public static Option<string?> SnapshotDirectory() => new("--snapshot-dir")
    {
        Description = "Where the observed state is written (JSON) before the first write [default: snapshots, or snapshots/simulated with --simulate].",
    };

    public static Option<string?> IncidentBus()
    {
        var option = new Option<string?>("--incident-bus")
        {
            Description = "Publish the incident events of this decision on that EventBridge bus (its name, or 'default'), as the function does on HEALER_INCIDENT_BUS [default: none published].",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } bus && !IncidentBusName.IsValid(bus))
            {
                result.AddError("--incident-bus must be a bus name: 1 to 256 letters, digits or . _ - (not an ARN).");
            }
        });
        return option;
    }

    public static Option<bool> EmitMetrics() => new("--emit-metrics")
    {
        Description = "Also write the metrics as the Lambda's CloudWatch EMF lines to stderr, after the report.",
    };

    public static Option<bool> SkipUnknownTargets() => new("--skip-unknown-targets")
    {
        Description = "When a target does not exist, fix everything else instead of writing nothing (the exit code is still 3).",
    };

    public static Option<int> Timeout()
    {
        var option = new Option<int>("--timeout")
        {
            Description = "Seconds one call to Organizations may go unanswered before it is retried (6 attempts in all).",
            DefaultValueFactory = _ => (int)ConnectionRequest.DefaultRequestTimeout.TotalSeconds,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 300)
            {
                result.AddError("--timeout must be between 1 and 300 seconds.");
            }
        });
        return option;
    }

    public static OutputFormat ReadFormat(ParseResult parse, Option<string> output) =>
        string.Equals(parse.GetValue(output), "json", StringComparison.Ordinal) ? OutputFormat.Json : OutputFormat.Table;
}
