using OrgBackupHealer.Core.Desired;
using System.CommandLine;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Cli.Policies;

namespace OrgBackupHealer.Cli.Commands;

/// <summary>The options plan and heal share: what the desired state is and which organization to look at.</summary>
internal sealed class OrganizationOptions
{
    public Option<string> PolicyName { get; } = new("--policy-name")
    {
        Description = "Name of the managed BACKUP_POLICY; no other policy is ever touched.",
        DefaultValueFactory = _ => HealerDefaults.PolicyName,
    };

    public Option<string?> PolicyFile { get; } = new("--policy-file")
    {
        Description = $"Desired policy document [default: {Policies.PolicyFile.DefaultRelativePath}, else the copy shipped with the tool].",
    };

    public Option<string[]> Targets { get; } = new("--target")
    {
        Description = "Where the policy must be attached: root, r-xxxx, ou-xxxx-xxxxxxxx or a 12-digit account id. Repeatable. [default: root]",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string> Output { get; } = CommonOptions.Output();

    public Option<bool> Simulate { get; } = new("--simulate")
    {
        Description = "Use an in-memory simulated organization (healthy unless --break) instead of AWS.",
    };

    public Option<string?> Break { get; } = new("--break")
    {
        Description = "With --simulate: break the simulated organization first.",
    };

    public Option<string?> Profile { get; } = CommonOptions.Profile();

    public OrganizationOptions()
    {
        Break.AcceptOnlyFromAmong([.. PolicyBreakNames.All]);
    }

    public void AddTo(Command command)
    {
        command.Add(PolicyName);
        command.Add(PolicyFile);
        command.Add(Targets);
        command.Add(Output);
        command.Add(Simulate);
        command.Add(Break);
        command.Add(Profile);
    }

    /// <exception cref="CliException">Invalid target ids, an invalid policy file, or --break without --simulate.</exception>
    public OrganizationSettings Read(CliHost host, ParseResult parse)
    {
        var targets = TargetIds.Validate(parse.GetValue(Targets) ?? []);
        var breakName = parse.GetValue(Break);
        var simulate = parse.GetValue(Simulate);
        if (breakName is not null && !simulate)
        {
            throw new CliException("--break only applies to a simulated organization: add --simulate.");
        }

        var policy = Policies.PolicyFile.Load(host, parse.GetValue(PolicyFile));
        var policyName = parse.GetValue(PolicyName) ?? HealerDefaults.PolicyName;
        var connection = new ConnectionRequest(
            simulate,
            breakName is null ? null : PolicyBreakNames.Parse(breakName),
            parse.GetValue(Profile),
            policyName,
            policy.Document.Content,
            targets);
        return new OrganizationSettings(policyName, policy, targets, CommonOptions.ReadFormat(parse, Output), connection);
    }
}
