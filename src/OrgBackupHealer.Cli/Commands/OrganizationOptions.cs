using System.CommandLine;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Policies;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Cli.Output;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>
/// The options plan, heal and coverage share: what the desired state is (a policy set, or the single-policy options
/// as a set of one) and which organization to look at. Only a
/// command built with <c>coverageBreaks</c> accepts the coverage-only --break values; the others refuse them with a
/// usage error that names coverage, so a break is never applied and then reported as a healthy organization.
/// </summary>
internal sealed class OrganizationOptions
{
    private readonly bool _coverageBreaks;

    public Option<string?> PolicySetFile { get; } = new("--policy-set")
    {
        Description = "The policy set to act on (docs/configuration.md, \"Policy sets\"); without it, the single-policy options below make a set of one.",
    };

    public Option<string?> PolicyKey { get; } = new("--policy")
    {
        Description = "Act on this entry of the policy set only (its key).",
    };

    public Option<string> PolicyName { get; } = new("--policy-name")
    {
        Description = "Name of the managed BACKUP_POLICY; no other policy is ever touched.",
        DefaultValueFactory = _ => HealerDefaults.PolicyName,
    };

    public Option<string?> PolicyFile { get; } = new("--policy-file")
    {
        Description = $"Desired policy document [default: {Policies.PolicyFile.DefaultRelativePath} in the working directory, else the copy shipped with the tool].",
    };

    public Option<string[]> Targets { get; } = new("--target")
    {
        Description = "Where the policy must be attached: root, r-xxxx, ou-xxxx-xxxxxxxx or a 12-digit account id. Repeatable. [default: root]",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> AdoptPolicyId { get; } = new("--adopt-policy-id")
    {
        Description = "Declare an existing untagged BACKUP_POLICY (p-…) the managed one: it is tagged, renamed and restored instead of reported as someone else's.",
    };

    public Option<string> Output { get; } = CommonOptions.Output();

    public Option<bool> Simulate { get; } = new("--simulate")
    {
        Description = "Use an in-memory simulated organization (healthy unless --break) instead of AWS.",
    };

    public Option<string?> Break { get; } = new("--break");

    public Option<string?> Profile { get; } = CommonOptions.Profile();

    public Option<int> Timeout { get; } = CommonOptions.Timeout();

    public Option<bool> EmitMetrics { get; } = CommonOptions.EmitMetrics();

    /// <param name="coverageBreaks">True for coverage: it accepts the breaks only it can report (<see cref="PolicyBreakNames.CoverageOnly"/>).</param>
    public OrganizationOptions(bool coverageBreaks = false)
    {
        _coverageBreaks = coverageBreaks;
        var coverageOnly = string.Join(" and ", PolicyBreakNames.CoverageOnly);
        Break.Description = coverageBreaks
            ? $"With --simulate: break the simulated organization first. {coverageOnly} are coverage-only breaks: another team's policy on the Workloads OU overriding the baseline's regions, an account whose effective policy Organizations finds invalid."
            : $"With --simulate: break the simulated organization first. {coverageOnly} are coverage-only breaks (they leave the managed policy as desired): use them with 'orgbackuphealer coverage'.";
        Break.AcceptOnlyFromAmong([.. PolicyBreakNames.All]);
    }

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (Option option in new Option[] { PolicySetFile, PolicyKey, PolicyName, PolicyFile, Targets, AdoptPolicyId, Output, Simulate, Break, Profile, Timeout, EmitMetrics })
        {
            command.Add(option);
        }
    }

    /// <exception cref="CliException">Invalid target or policy ids, --break without --simulate (usage), or an invalid policy file.</exception>
    public OrganizationSettings Read(CliHost host, ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var breakName = parse.GetValue(Break);
        var simulate = parse.GetValue(Simulate);
        if (breakName is not null && !simulate)
        {
            throw CliException.Usage("--break only applies to a simulated organization: add --simulate.");
        }

        if (breakName is not null && !_coverageBreaks && PolicyBreakNames.IsCoverageOnly(breakName))
        {
            throw CliException.Usage(
                $"--break {breakName} is a coverage-only break: it leaves the managed policy as desired, so there is nothing to plan or heal "
                + $"(the healer never writes to another policy). Run 'orgbackuphealer coverage --simulate --break {breakName}' to see it.");
        }

        var (set, sources, setPath) = parse.GetValue(PolicySetFile) is { } setFile
            ? ReadSet(host, parse, setFile)
            : ReadSinglePolicy(host, parse);
        if (parse.GetValue(PolicyKey) is { } key)
        {
            if (set.Find(key) is null)
            {
                throw CliException.Usage($"--policy '{key}' is not an entry of the policy set (its keys: {string.Join(", ", set.Entries.Select(e => e.Key))}).");
            }

            set = set.Narrow(key);
        }

        var connection = new ConnectionRequest(simulate, breakName is null ? null : PolicyBreakNames.Parse(breakName), parse.GetValue(Profile), set)
        {
            RequestTimeout = TimeSpan.FromSeconds(parse.GetValue(Timeout)),
            Retry = host.Retry,
        };
        return new OrganizationSettings(set, sources, connection, parse.GetValue(EmitMetrics)) { SetPath = setPath };
    }

    private (PolicySet Set, IReadOnlyDictionary<string, PolicyFile> Sources, string? SetPath) ReadSet(CliHost host, ParseResult parse, string setFile)
    {
        foreach (var single in new Option[] { PolicyName, PolicyFile, Targets, AdoptPolicyId }.Where(o => parse.GetResult(o) is { Implicit: false }))
        {
            throw CliException.Usage($"{single.Name} cannot be combined with --policy-set: the set names every policy, its file, its targets and what it adopts.");
        }

        var path = host.ResolvePath(setFile);
        PolicySet set;
        try
        {
            set = PolicySetLoader.Load(path);
        }
        catch (PolicySetException e)
        {
            throw new CliException($"{path} is not a valid policy set: {string.Join("; ", e.Errors)}", e);
        }

        var sources = set.Entries.ToDictionary(e => e.Key, e => new PolicyFile($"{path} ({e.Key})", e.Document, PolicyOrigins.PolicySet), StringComparer.Ordinal);
        return (set, sources, path);
    }

    private (PolicySet Set, IReadOnlyDictionary<string, PolicyFile> Sources, string? SetPath) ReadSinglePolicy(CliHost host, ParseResult parse)
    {
        var targets = TargetIds.Validate(parse.GetValue(Targets) ?? []);
        var adopt = parse.GetValue(AdoptPolicyId);
        if (adopt is not null && !OrganizationIds.IsPolicyId(adopt))
        {
            throw CliException.Usage($"--adopt-policy-id '{adopt}' is not a policy id (p- and 8 or more letters, digits or '_', as list-policies shows it).");
        }

        var policy = Policies.PolicyFile.Load(host, parse.GetValue(PolicyFile));
        var desired = DesiredState.For(parse.GetValue(PolicyName) ?? HealerDefaults.PolicyName, policy.Document, targets, HealerMode.Enforce) with { AdoptPolicyId = adopt };
        return (PolicySet.SinglePolicy(desired), new Dictionary<string, PolicyFile>(StringComparer.Ordinal) { [desired.Key] = policy }, null);
    }
}
