using System.Text.Json.Nodes;
using OrgBackupHealer.Aws;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// The healer's own failed calls come back as CloudTrail events that match the rule when the pattern's exclusion is
/// missing or bypassed. Replayed through the loop against a broken organization, none of them may reconcile.
/// </summary>
public sealed class SelfLoopTests
{
    private static readonly string[] s_errorCodes = ["AccessDenied", "AccessDeniedException", "ThrottlingException", "TooManyRequestsException", "Throttling"];

    /// <summary>How the caller appears in userIdentity: both ARNs (as Lambda's sessions do), only one, or a later session.</summary>
    private static readonly (string Name, Action<JsonObject> Apply)[] s_identityForms =
    [
        ("role and assumed-role ARNs", _ => { }),
        ("role ARN in sessionIssuer only", identity => identity.Remove("arn")),
        ("assumed-role ARN in userIdentity.arn only", identity => identity.Remove("sessionContext")),
        ("another session of the role", identity =>
        {
            identity.Remove("sessionContext");
            identity["arn"] = "arn:aws:sts::111111111111:assumed-role/OrgBackupHealerFunctionRole/OrgBackupHealer-HealerFunction-After-Cold-Start";
        }),
    ];

    [Fact]
    public async Task NeverReconcilesOnItsOwnFailedCallsAndCountsThemAsSelf()
    {
        var organization = BrokenOrganization();
        using var rig = new LoopRig(organization);
        var sequence = 0;
        var replayed = 0;

        foreach (var operation in OrganizationsOperations.All)
        {
            foreach (var errorCode in s_errorCodes)
            {
                foreach (var (form, apply) in s_identityForms)
                {
                    var answer = await rig.InvokeAsync(SelfEvent(operation, errorCode, apply, ++sequence, rig.Time.GetUtcNow()));

                    Assert.True(answer.Outcome == "ignored", $"{operation} {errorCode} ({form}) was not ignored: {answer.Body}");
                    Assert.Equal(["self"], answer.IgnoredReasons);
                    replayed++;
                    rig.Time.Advance(TimeSpan.FromSeconds(1));
                }
            }
        }

        Assert.Equal(OrganizationsOperations.All.Count * s_errorCodes.Length * s_identityForms.Length, replayed);
        Assert.Equal(0, organization.TotalCalls);
    }

    [Fact]
    public async Task ReconcilesTheSameFailureWhenAnotherRoleMadeTheCall()
    {
        var organization = BrokenOrganization();
        using var rig = new LoopRig(organization);
        var otherCaller = SelfEvent("AttachPolicy", "AccessDeniedException", identity =>
        {
            identity["arn"] = "arn:aws:sts::111111111111:assumed-role/BackupOperator/carol";
            identity["sessionContext"]!["sessionIssuer"]!["arn"] = "arn:aws:iam::111111111111:role/BackupOperator";
        }, 1, rig.Time.GetUtcNow());

        var answer = await rig.InvokeAsync(otherCaller);

        Assert.Equal("repaired", answer.Outcome);
        Assert.Empty(answer.IgnoredReasons);
        Assert.Equal(1, organization.TotalWrites);
    }

    private static SimulatedOrganization BrokenOrganization()
    {
        var organization = SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy);
        organization.DetachPolicy(organization.FindPolicyId(HealerDefaults.PolicyName)!, organization.RootId);
        return organization;
    }

    private static byte[] SelfEvent(string operation, string errorCode, Action<JsonObject> identityForm, int sequence, DateTimeOffset at)
    {
        var envelope = FixtureEvents.Parse("self-generated-error");
        var detail = FixtureEvents.Detail(envelope);
        detail["eventName"] = operation;
        detail["errorCode"] = errorCode;
        detail["readOnly"] = operation.StartsWith("List", StringComparison.Ordinal) || operation.StartsWith("Describe", StringComparison.Ordinal);
        identityForm(detail["userIdentity"]!.AsObject());
        return FixtureEvents.Stamp(envelope, sequence, at);
    }
}
