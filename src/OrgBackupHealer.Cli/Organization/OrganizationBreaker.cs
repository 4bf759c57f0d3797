using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Organization;

/// <summary>Breaks the managed policy of a simulated organization, or what accounts get from it, the way people and other tools do.</summary>
internal sealed class OrganizationBreaker(SimulatedOrganization organization, string policyName)
{
    /// <summary>child-override: the OU of the sample organization whose team attaches its own backup policy (prod-app and dev-app are below it).</summary>
    public const string OverridingOrganizationalUnit = "Workloads";

    /// <summary>child-override: the other team's policy, which the healer never touches.</summary>
    public const string OverridingPolicyName = "workloads-backup-regions";

    /// <summary>invalid-effective: the account of the sample organization whose effective backup policy Organizations finds invalid.</summary>
    public const string InvalidAccount = "prod-app";

    public void Apply(PolicyBreak kind, string detachFrom)
    {
        switch (kind)
        {
            case PolicyBreak.TypeDisabled:
                organization.DisablePolicyType(PolicyTypes.BackupPolicy);
                break;
            case PolicyBreak.PolicyDeleted:
                organization.DeletePolicy(PolicyId);
                break;
            case PolicyBreak.ContentEdited:
                organization.EditPolicyContent(PolicyId, Tamper(Content));
                break;
            case PolicyBreak.Detached:
                organization.DetachPolicy(PolicyId, detachFrom);
                break;
            case PolicyBreak.ChildOverride:
                var other = organization.CreatePolicy(PolicyTypes.BackupPolicy, OverridingPolicyName, RegionOverride(Content), "Backup regions of the Workloads team");
                organization.AttachPolicy(other, organization.TargetIdOf(OverridingOrganizationalUnit));
                break;
            case PolicyBreak.InvalidEffective:
                organization.MarkEffectivePolicyInvalid(organization.TargetIdOf(InvalidAccount), TooManyRules(Content, PolicyId));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown break.");
        }
    }

    private string PolicyId => organization.FindPolicyId(policyName)
        ?? throw new InvalidOperationException($"The policy '{policyName}' is already gone.");

    private string Content => organization.Capture().Policies.First(p => p.Id == PolicyId).Content;

    /// <summary>
    /// A hand edit that keeps the document a valid backup policy (so a restore can put it back): the first plan's
    /// regions narrowed to one region.
    /// </summary>
    public static string Tamper(string content)
    {
        var document = JsonNode.Parse(content)!.AsObject();
        var (_, firstPlan) = FirstPlan(document);
        firstPlan["regions"] = new JsonObject { ["@@assign"] = new JsonArray(OtherRegion(firstPlan)) };
        return document.ToJsonString();
    }

    /// <summary>
    /// What a team attaches to its OU to back up somewhere else: a policy with only the baseline's first plan and in it
    /// only regions, @@assign-ed to a region the baseline does not list. A baseline that locks its regions refuses it.
    /// </summary>
    public static string RegionOverride(string baselineContent)
    {
        var (planName, plan) = FirstPlan(JsonNode.Parse(baselineContent)!.AsObject());
        var regions = new JsonObject { ["@@assign"] = new JsonArray(OtherRegion(plan)) };
        return new JsonObject { ["plans"] = new JsonObject { [planName] = new JsonObject { ["regions"] = regions } } }.ToJsonString();
    }

    /// <summary>The error Organizations gives when merged policies leave a backup plan with more rules than AWS Backup accepts.</summary>
    public static EffectivePolicyValidationError TooManyRules(string baselineContent, string contributingPolicyId)
    {
        var (planName, _) = FirstPlan(JsonNode.Parse(baselineContent)!.AsObject());
        return new EffectivePolicyValidationError(
            "ELEMENTS_TOO_MANY",
            $"The effective policy has more rules in backup plan '{planName}' than AWS Backup allows in one plan",
            $"plans.{planName}.rules",
            [contributingPolicyId]);
    }

    /// <summary>The first plan of a valid document; "@@operators_allowed_for_child_policies" beside the plans is not one.</summary>
    private static (string Name, JsonObject Plan) FirstPlan(JsonObject document)
    {
        var first = document["plans"]!.AsObject().First(p => !p.Key.StartsWith("@@", StringComparison.Ordinal));
        return (first.Key, first.Value!.AsObject());
    }

    private static string OtherRegion(JsonObject plan) =>
        plan["regions"]?.ToJsonString().Contains("\"eu-west-1\"", StringComparison.Ordinal) == true ? "eu-central-1" : "eu-west-1";
}
