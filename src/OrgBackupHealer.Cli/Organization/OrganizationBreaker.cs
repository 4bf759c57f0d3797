using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Organization;

/// <summary>Breaks the managed policy of a simulated organization the way people and other tools do.</summary>
internal sealed class OrganizationBreaker(SimulatedOrganization organization, string policyName)
{
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
                organization.EditPolicyContent(PolicyId, Tamper(organization.Capture().Policies.First(p => p.Id == PolicyId).Content));
                break;
            case PolicyBreak.Detached:
                organization.DetachPolicy(PolicyId, detachFrom);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown break.");
        }
    }

    private string PolicyId => organization.FindPolicyId(policyName)
        ?? throw new InvalidOperationException($"The policy '{policyName}' is already gone.");

    /// <summary>
    /// A hand edit that keeps the document a valid backup policy (so a restore can put it back): the first plan's
    /// regions narrowed to one region.
    /// </summary>
    public static string Tamper(string content)
    {
        var document = JsonNode.Parse(content)!.AsObject();
        var firstPlan = document["plans"]!.AsObject().First().Value!.AsObject();
        var region = firstPlan["regions"]?.ToJsonString().Contains("\"eu-west-1\"", StringComparison.Ordinal) == true ? "eu-central-1" : "eu-west-1";
        firstPlan["regions"] = new JsonObject { ["@@assign"] = new JsonArray(region) };
        return document.ToJsonString();
    }
}
