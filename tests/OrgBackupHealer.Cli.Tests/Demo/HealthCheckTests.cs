using OrgBackupHealer.Cli.Demo;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Tests.Demo;

/// <summary>
/// The demo's verdict is the organization's own state: each way it can be unhealthy is named, and a healthy one has no
/// problem (the demo's runs only ever end healthy, so these are the only tests of the unhealthy verdicts).
/// </summary>
public sealed class HealthCheckTests
{
    private static readonly PolicySet s_set = PolicySet.SinglePolicy(
        DesiredState.For(HealerDefaults.PolicyName, PolicyDocument.Parse(ShippedPolicy.Content), [DesiredState.RootTarget], HealerMode.Enforce));

    [Fact]
    public void AHealthyOrganizationHasNoProblem()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        var picture = organization.Capture();

        Assert.Empty(HealthCheck.Problems(picture, picture, s_set));
    }

    [Fact]
    public void ATypeNotEnabledOnTheRootIsAProblem()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        var baseline = organization.Capture();
        organization.DisablePolicyType(PolicyTypes.BackupPolicy);

        var problems = HealthCheck.Problems(baseline, organization.Capture(), s_set);

        Assert.Contains("BACKUP_POLICY is not enabled on the root", problems);
    }

    [Fact]
    public void AMissingManagedPolicyIsAProblemNamingHowManyThereAre()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        var baseline = organization.Capture();
        var policyId = ShippedPolicy.PolicyId(organization);
        organization.DetachPolicy(policyId, organization.RootId);
        organization.DeletePolicy(policyId);

        var problems = HealthCheck.Problems(baseline, organization.Capture(), s_set);

        Assert.Equal([$"0 backup policies are named '{HealerDefaults.PolicyName}'"], problems);
    }

    [Fact]
    public void ChangedContentAndAMissingAttachmentAreProblems()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        var baseline = organization.Capture();
        var policyId = ShippedPolicy.PolicyId(organization);
        organization.EditPolicyContent(policyId, OrganizationBreaker.Tamper(ShippedPolicy.Content));
        organization.DetachPolicy(policyId, organization.RootId);

        var problems = HealthCheck.Problems(baseline, organization.Capture(), s_set);

        Assert.Equal(
            [$"the content of '{HealerDefaults.PolicyName}' differs from the desired document", $"'{HealerDefaults.PolicyName}' is not attached to {organization.RootId}"],
            problems);
    }

    [Fact]
    public void AChangeToAPolicyTheSetDoesNotManageIsAProblem()
    {
        var organization = ShippedPolicy.HealthyOrganization();
        var baseline = organization.Capture();
        organization.CreatePolicy(PolicyTypes.BackupPolicy, "someone-elses-policy", ShippedPolicy.Content);

        var problems = HealthCheck.Problems(baseline, organization.Capture(), s_set);

        Assert.Equal(["something other than the managed backup policies changed"], problems);
    }
}
