using System.Globalization;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Safety;
using Env = OrgBackupHealer.Function.Configuration.EnvironmentVariables;

namespace OrgBackupHealer.Function.Configuration;

/// <summary>Everything the function reads from its environment, validated once at init.</summary>
/// <param name="StateTable">HEALER_STATE_TABLE; null keeps the gate's state in memory.</param>
/// <param name="SnapshotBucket">HEALER_SNAPSHOT_BUCKET; null writes snapshots into the log.</param>
/// <param name="CoverageShare">HEALER_COVERAGE_SHARE: the share of a scheduled invocation's remaining time the coverage check may use; 0 turns it off.</param>
internal sealed record HealerConfiguration(
    PolicySet Set,
    HealerRole? Role,
    SafetyOptions Safety,
    string? StateTable,
    string? SnapshotBucket,
    string ServiceName,
    string MetricsNamespace,
    string? FunctionName,
    double CoverageShare = HealerConfiguration.DefaultCoverageShare)
{
    public const double DefaultCoverageShare = 0.5;

    /// <summary>A window longer than the flap window would outlast everything it is compared with.</summary>
    public const int MaxCoalesceSeconds = 3600;

    /// <exception cref="ConfigurationException">Every problem found, not just the first.</exception>
    public static HealerConfiguration Load(Func<string, string?> variable, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var errors = new List<string>();
        string? Get(string name) => variable(name) is { Length: > 0 } v ? v.Trim() : null;

        var mode = (Get(Env.Mode) ?? "enforce").ToUpperInvariant() switch
        {
            "ENFORCE" => HealerMode.Enforce,
            "REPORT" => HealerMode.Report,
            _ => Invalid<HealerMode>(errors, $"{Env.Mode} must be 'enforce' or 'report', not '{Get(Env.Mode)}'"),
        };
        var set = Get(Env.PolicySet) is { } setFile
            ? LoadSet(Path.Combine(baseDirectory, setFile), Get, errors)
            : SinglePolicy(Get, baseDirectory, mode, errors);
        if (set is not null && mode == HealerMode.Report)
        {
            // HEALER_MODE=report is the deployment's safety switch: every entry only reports, whatever the set says.
            set = set.WithMode(HealerMode.Report);
        }

        if (set is not null && Get(Env.Owner) is { } owner && owner != set.Owner)
        {
            errors.Add($"{Env.Owner} is '{owner}' but the policy set's owner is '{set.Owner}': the role's IAM conditions name {Env.Owner}, so the two must agree (set the template's PolicySetOwner to '{set.Owner}')");
        }
        HealerRole? role = null;
        if (Get(Env.RoleArn) is { } roleArn && !HealerRole.TryParse(roleArn, out role))
        {
            errors.Add($"{Env.RoleArn} must be an IAM role ARN (arn:aws:iam::123456789012:role/Name), not '{roleArn}'");
        }

        var defaults = new SafetyOptions();
        var safety = defaults with
        {
            CoalesceWindow = TimeSpan.FromSeconds(
                ParseInt(Get(Env.CoalesceSeconds), (int)defaults.CoalesceWindow.TotalSeconds, 0, MaxCoalesceSeconds, Env.CoalesceSeconds, errors)),
            MaxHealingRunsPerHour = ParseInt(Get(Env.MaxHealingRunsPerHour), defaults.MaxHealingRunsPerHour, 1, 1_000, Env.MaxHealingRunsPerHour, errors),
        };
        var coverageShare = ParseShare(Get(Env.CoverageShare), errors);
        if (errors.Count > 0 || set is null)
        {
            throw new ConfigurationException(errors);
        }

        return new HealerConfiguration(
            set, role, safety, Get(Env.StateTable), Get(Env.SnapshotBucket), Get(Env.ServiceName) ?? HealerDefaults.ServiceName, Get(Env.MetricsNamespace) ?? HealerDefaults.MetricsNamespace, Get(Env.FunctionName), coverageShare);
    }

    private static PolicySet? LoadSet(string path, Func<string, string?> get, List<string> errors)
    {
        foreach (var single in new[] { Env.PolicyName, Env.PolicyFile, Env.TargetIds, Env.AdoptPolicyId }.Where(v => get(v) is not null))
        {
            errors.Add($"{single} is set together with {Env.PolicySet}: the policy set names every policy, so leave the single-policy variables out");
        }

        try
        {
            return PolicySetLoader.Load(path);
        }
        catch (PolicySetException e)
        {
            errors.AddRange(e.Errors.Select(error => $"{Env.PolicySet} '{path}': {error}"));
            return null;
        }
    }

    /// <summary>The deprecated single-policy variables, read as a set of one with owner 'default' (docs/configuration.md, "Upgrading").</summary>
    private static PolicySet? SinglePolicy(Func<string, string?> get, string baseDirectory, HealerMode mode, List<string> errors)
    {
        var policyName = get(Env.PolicyName) ?? HealerDefaults.PolicyName;
        var document = LoadPolicy(Path.Combine(baseDirectory, get(Env.PolicyFile) ?? HealerDefaults.PolicyFileName), errors);
        var targets = ParseTargets(get(Env.TargetIds) ?? DesiredState.RootTarget, errors);
        var adopt = get(Env.AdoptPolicyId);
        if (adopt is not null && !OrganizationIds.IsPolicyId(adopt))
        {
            errors.Add($"{Env.AdoptPolicyId} must be a policy id (p- followed by 8 to 128 letters, digits or underscores), not '{adopt}'");
        }

        return document is null ? null : PolicySet.SinglePolicy(DesiredState.For(policyName, document, targets, mode) with { AdoptPolicyId = adopt });
    }

    private static PolicyDocument? LoadPolicy(string path, List<string> errors)
    {
        try
        {
            // The desired document is the whole baseline: AWS must accept it and every plan must be complete.
            return PolicyDocument.Parse(TextFiles.ReadUtf8(path, TextFiles.MaxPolicyFileBytes), PolicyScope.Standalone);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{Env.PolicyFile} '{path}' cannot be read: {e.Message}");
        }
        catch (PolicyDocumentException e)
        {
            errors.Add($"{Env.PolicyFile} '{path}': {e.Message}");
        }

        return null;
    }

    private static List<string> ParseTargets(string value, List<string> errors)
    {
        var targets = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        if (targets.Count == 0)
        {
            errors.Add($"{Env.TargetIds} lists no target");
        }

        foreach (var bad in targets.Where(t => !DesiredTargets.IsValid(t)))
        {
            errors.Add($"{Env.TargetIds}: '{bad}' is not {DesiredTargets.Forms}");
        }

        return targets;
    }

    private static int ParseInt(string? value, int fallback, int min, int max, string variable, List<string> errors)
    {
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
        {
            return parsed;
        }

        errors.Add($"{variable} must be a whole number from {min} to {max}, not '{value}'");
        return fallback;
    }

    private static double ParseShare(string? value, List<string> errors)
    {
        if (value is null)
        {
            return DefaultCoverageShare;
        }

        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 0.9)
        {
            return share;
        }

        errors.Add($"{Env.CoverageShare} must be a number from 0 (off) to 0.9, not '{value}'");
        return DefaultCoverageShare;
    }

    private static T Invalid<T>(List<string> errors, string error)
        where T : struct
    {
        errors.Add(error);
        return default;
    }
}
