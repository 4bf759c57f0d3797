using System.Globalization;
using System.Text.RegularExpressions;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Incidents;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Safety;
using Env = OrgBackupHealer.Function.Configuration.EnvironmentVariables;

namespace OrgBackupHealer.Function.Configuration;

/// <summary>Everything the function reads from its environment, validated once at init.</summary>
/// <param name="StateTable">HEALER_STATE_TABLE; null keeps the gate's state in memory.</param>
/// <param name="SnapshotBucket">HEALER_SNAPSHOT_BUCKET; null writes snapshots into the log.</param>
/// <param name="CoverageShare">HEALER_COVERAGE_SHARE: the share of a scheduled invocation's remaining time the coverage check may use; 0 turns it off.</param>
/// <param name="IncidentBus">HEALER_INCIDENT_BUS; null publishes incidents on the account's default bus.</param>
/// <param name="ProposalHours">HEALER_PROPOSAL_HOURS: how long a proposal stays approvable.</param>
internal sealed record HealerConfiguration(
    PolicySet Set,
    HealerRole? Role,
    SafetyOptions Safety,
    string? StateTable,
    string? SnapshotBucket,
    string ServiceName,
    string MetricsNamespace,
    string? FunctionName,
    double CoverageShare = HealerConfiguration.DefaultCoverageShare,
    string? IncidentBus = null,
    int ProposalHours = HealerConfiguration.DefaultProposalHours)
{
    public const double DefaultCoverageShare = 0.5;

    public const int DefaultProposalHours = 24;

    /// <exception cref="ConfigurationException">Every problem found, not just the first.</exception>
    public static HealerConfiguration Load(Func<string, string?> variable, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var errors = new List<string>();

        // Surrounding whitespace is forgiven, except around ids: an id with a newline is refused like the CLI refuses it.
        string? Get(string name) => name is Env.TargetIds or Env.AdoptPolicyId
            ? variable(name) is { Length: > 0 } raw ? raw : null
            : variable(name) is { Length: > 0 } v ? v.Trim() : null;

        var mode = Get(Env.Mode) switch
        {
            null or "enforce" => HealerMode.Enforce,
            "report" => HealerMode.Report,
            "approve" => HealerMode.Approve,
            var other => Invalid<HealerMode>(errors, $"{Env.Mode} must be {string.Join(", ", ConfigurationLimits.Modes.SkipLast(1).Select(m => $"'{m}'"))} or '{ConfigurationLimits.Modes[^1]}', not '{other}'"),
        };
        var set = Get(Env.PolicySet) is { } setFile
            ? LoadSet(Path.Combine(baseDirectory, setFile), Get, errors)
            : SinglePolicy(Get, baseDirectory, mode, errors);
        if (set is not null && mode == HealerMode.Report)
        {
            // HEALER_MODE=report is the deployment's safety switch: every entry only reports, whatever the set says.
            set = set.WithMode(HealerMode.Report);
        }
        else if (set is not null && mode == HealerMode.Approve)
        {
            // HEALER_MODE=approve: no entry repairs without a person's approval; report entries keep only reporting.
            set = set with { Entries = [.. set.Entries.Select(e => e.Mode == HealerMode.Enforce ? e with { Mode = HealerMode.Approve } : e)] };
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
            CoalesceWindow = TimeSpan.FromSeconds(ParseInt(
                Get(Env.CoalesceSeconds), (int)defaults.CoalesceWindow.TotalSeconds, ConfigurationLimits.CoalesceSecondsPattern,
                $"a whole number from {ConfigurationLimits.MinCoalesceSeconds} to {ConfigurationLimits.MaxCoalesceSeconds}", Env.CoalesceSeconds, errors)),
            MaxHealingRunsPerHour = ParseInt(
                Get(Env.MaxHealingRunsPerHour), defaults.MaxHealingRunsPerHour, ConfigurationLimits.HealingRunsPerHourPattern,
                $"a whole number from {ConfigurationLimits.MinHealingRunsPerHour} to {ConfigurationLimits.MaxHealingRunsPerHour}", Env.MaxHealingRunsPerHour, errors),
        };
        var coverageShare = ParseShare(Get(Env.CoverageShare), errors);
        var proposalHours = ParseInt(
            Get(Env.ProposalHours), DefaultProposalHours, ConfigurationLimits.ProposalHoursPattern,
            $"a whole number of hours from {ConfigurationLimits.MinProposalHours} to {ConfigurationLimits.MaxProposalHours}", Env.ProposalHours, errors);
        var incidentBus = Get(Env.IncidentBus);
        if (incidentBus is not null && !IncidentBusName.IsValid(incidentBus))
        {
            errors.Add($"{Env.IncidentBus} must be an event bus name (1 to 256 letters, digits or . _ -), not '{incidentBus}'");
        }
        var metricsNamespace = Get(Env.MetricsNamespace) ?? HealerDefaults.MetricsNamespace;
        if (!Regex.IsMatch(metricsNamespace, ConfigurationLimits.MetricsNamespacePattern, RegexOptions.CultureInvariant))
        {
            errors.Add($"{Env.MetricsNamespace} must be 1 to 255 letters, digits or . _ / # : -, not '{metricsNamespace}'");
        }

        if (set is not null && set.Entries.Any(e => e.Mode == HealerMode.Approve) && Get(Env.StateTable) is null)
        {
            errors.Add($"an entry in approve mode keeps its proposals in the state table: set {Env.StateTable} (the template does); in memory a proposal would be lost at the next cold start and the runbook could not apply it");
        }

        if (errors.Count > 0 || set is null)
        {
            throw new ConfigurationException(errors);
        }

        return new HealerConfiguration(
            set, role, safety, Get(Env.StateTable), Get(Env.SnapshotBucket), Get(Env.ServiceName) ?? HealerDefaults.ServiceName, metricsNamespace, Get(Env.FunctionName), coverageShare, incidentBus, proposalHours);
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
        if (policyName.Length > ConfigurationLimits.MaxPolicyNameLength)
        {
            errors.Add($"{Env.PolicyName} is {policyName.Length} characters; Organizations allows at most {ConfigurationLimits.MaxPolicyNameLength}");
        }

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

    /// <summary>Comma-separated, as the template's TargetIds pattern: no spaces, no empty entry (a repeated id is harmless).</summary>
    private static List<string> ParseTargets(string value, List<string> errors)
    {
        var targets = value.Split(',').ToList();
        foreach (var bad in targets.Where(t => !DesiredTargets.IsValid(t)))
        {
            errors.Add($"{Env.TargetIds}: '{bad}' is not {DesiredTargets.Forms} (comma-separated, no spaces)");
        }

        return [.. targets.Distinct(StringComparer.Ordinal)];
    }

    private static int ParseInt(string? value, int fallback, string pattern, string expected, string variable, List<string> errors)
    {
        if (value is null)
        {
            return fallback;
        }

        if (Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant))
        {
            return int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        errors.Add($"{variable} must be {expected}, not '{value}'");
        return fallback;
    }

    private static double ParseShare(string? value, List<string> errors)
    {
        if (value is null)
        {
            return DefaultCoverageShare;
        }

        if (Regex.IsMatch(value, ConfigurationLimits.CoverageSharePattern, RegexOptions.CultureInvariant))
        {
            return double.Parse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        errors.Add($"{Env.CoverageShare} must be a number from 0 (off) to {ConfigurationLimits.MaxCoverageShare.ToString(CultureInfo.InvariantCulture)}, such as 0.5, not '{value}'");
        return DefaultCoverageShare;
    }

    private static T Invalid<T>(List<string> errors, string error)
        where T : struct
    {
        errors.Add(error);
        return default;
    }
}
