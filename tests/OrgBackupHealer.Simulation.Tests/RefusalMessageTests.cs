using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation.Tests;

/// <summary>
/// Every refusal of the simulated organization says what it refuses: its message names the id, name or type at fault
/// (or the rule it breaks), as AWS's do. The healer's failure lines, the CLI's errors and the demo print these messages
/// for a person to act on; the codes alone are asserted elsewhere.
/// </summary>
public sealed class RefusalMessageTests
{
    private const string Content = """{"plans":{}}""";
    private const string MissingPolicy = "p-00000000";
    private const string MissingAccount = "999999999999";
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly Dictionary<string, string> s_noTags = [];

    public static TheoryData<string> Refusals => [.. s_refusals.Keys];

    private static readonly Dictionary<string, (Func<Scene, Task> Call, string Code, string[] Named)> s_refusals = new()
    {
        ["tags of a missing policy"] = (s => s.Org.ListPolicyTagsAsync(MissingPolicy, s_none), OrganizationsErrorCodes.TargetNotFound, [MissingPolicy]),
        ["existence of a malformed OU id"] = (s => s.Org.TargetExistsAsync("ou-bad", s_none), OrganizationsErrorCodes.InvalidInput, ["ou-bad"]),
        ["enable while a disable is pending"] = (async s =>
        {
            s.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
            await s.Org.EnableBackupPolicyTypeAsync(s.Org.RootId, s_none);
        }, OrganizationsErrorCodes.PolicyChangesInProgress, ["BACKUP_POLICY", "being disabled"]),
        ["enable once enabled"] = (s => s.Org.EnableBackupPolicyTypeAsync(s.Org.RootId, s_none), OrganizationsErrorCodes.PolicyTypeAlreadyEnabled, ["already enabled"]),
        ["an empty policy name"] = (s => s.Org.CreateBackupPolicyAsync(new NewPolicy("", "", Content, s_noTags), s_none), OrganizationsErrorCodes.InvalidInput, ["1 to 128 characters"]),
        ["a policy name in use"] = (s => s.Org.CreateBackupPolicyAsync(new NewPolicy("baseline", "", Content, s_noTags), s_none), OrganizationsErrorCodes.DuplicatePolicy, ["baseline"]),
        ["content that is not JSON"] = (s => s.Org.CreateBackupPolicyAsync(new NewPolicy("n", "", "{", s_noTags), s_none), OrganizationsErrorCodes.MalformedPolicyDocument, ["policy document"]),
        ["content over the size limit"] = (s => s.Org.CreateBackupPolicyAsync(new NewPolicy("n", "", Oversized(), s_noTags), s_none), OrganizationsErrorCodes.ConstraintViolation, ["POLICY_CONTENT_LIMIT_EXCEEDED"]),
        ["an attachment made twice"] = (s => s.Org.AttachManagedPolicyAsync(s.Baseline, s.Ou, s_none), OrganizationsErrorCodes.DuplicatePolicyAttachment, ["BASELINE", "OU"]),
        ["an attachment to a malformed target id"] = (s => s.Org.AttachManagedPolicyAsync(s.Baseline, "bogus", s_none), OrganizationsErrorCodes.InvalidInput, ["'bogus'"]),
        ["an attachment to a missing account"] = (s => s.Org.AttachManagedPolicyAsync(s.Baseline, MissingAccount, s_none), OrganizationsErrorCodes.TargetNotFound, [MissingAccount]),
        ["an update of the AWS managed policy"] = (s => s.Org.UpdateManagedPolicyAsync(new ManagedPolicyId(SimulatedOrganization.FullAwsAccessPolicyId), new PolicyUpdate(Content: "{}"), s_none), OrganizationsErrorCodes.AccessDenied, [SimulatedOrganization.FullAwsAccessPolicyId]),
        ["a rename to an empty name"] = (s => s.Org.UpdateManagedPolicyAsync(s.Baseline, new PolicyUpdate(Name: ""), s_none), OrganizationsErrorCodes.InvalidInput, ["1 to 128 characters"]),
        ["a rename to a name in use"] = (s => s.Org.UpdateManagedPolicyAsync(s.Baseline, new PolicyUpdate(Name: "other"), s_none), OrganizationsErrorCodes.DuplicatePolicy, ["other"]),
        ["a malformed policy id"] = (s => s.Org.DescribePolicyAsync("bogus", s_none), OrganizationsErrorCodes.InvalidInput, ["'bogus'"]),
        ["a missing policy"] = (s => s.Org.DescribePolicyAsync(MissingPolicy, s_none), OrganizationsErrorCodes.PolicyNotFound, [MissingPolicy]),
        ["a malformed root id"] = (s => s.Org.EnableBackupPolicyTypeAsync("bogus", s_none), OrganizationsErrorCodes.InvalidInput, ["'bogus'"]),
        ["a missing root"] = (s => s.Org.EnableBackupPolicyTypeAsync("r-zzzz", s_none), OrganizationsErrorCodes.RootNotFound, ["r-zzzz"]),
        ["parents of a malformed id"] = (s => s.Org.ListParentsAsync("bogus", s_none), OrganizationsErrorCodes.InvalidInput, ["'bogus'"]),
        ["parents of a missing account"] = (s => s.Org.ListParentsAsync(MissingAccount, s_none), OrganizationsErrorCodes.ChildNotFound, [MissingAccount]),
        ["validation errors of a malformed account id"] = (s => s.Org.ListEffectiveBackupPolicyValidationErrorsAsync("bogus", s_none), OrganizationsErrorCodes.InvalidInput, ["bogus"]),
        ["validation errors of a missing account"] = (s => s.Org.ListEffectiveBackupPolicyValidationErrorsAsync(MissingAccount, s_none), OrganizationsErrorCodes.AccountNotFound, [MissingAccount]),
        ["children of a malformed parent id"] = (s => s.Org.ListOrganizationalUnitsForParentAsync("bogus", s_none), OrganizationsErrorCodes.InvalidInput, ["'bogus'"]),
        ["children of an account"] = (s => s.Org.ListAccountsForParentAsync(s.Account, s_none), OrganizationsErrorCodes.ParentNotFound, ["ACCOUNT"]),
        ["an account id in use"] = (s => Run(() => s.Org.CreateAccount("twin", null, s.Account)), OrganizationsErrorCodes.InvalidInput, ["ACCOUNT"]),
        ["an account as a parent"] = (s => Run(() => s.Org.CreateOrganizationalUnit("child", s.Account)), OrganizationsErrorCodes.InvalidInput, ["ACCOUNT"]),
        ["a detach of a policy not attached"] = (s => Run(() => s.Org.DetachPolicy(s.Baseline.Value, s.Account)), "PolicyNotAttachedException", ["BASELINE", "ACCOUNT"]),
        ["a delete of the AWS managed policy"] = (s => Run(() => s.Org.DeletePolicy(SimulatedOrganization.FullAwsAccessPolicyId)), OrganizationsErrorCodes.AccessDenied, [SimulatedOrganization.FullAwsAccessPolicyId]),
        ["a disable of a type not enabled"] = (s => Run(() => s.Org.DisablePolicyType("TAG_POLICY")), OrganizationsErrorCodes.PolicyTypeNotEnabled, ["TAG_POLICY"]),
        ["an account deleted as an OU"] = (s => Run(() => s.Org.DeleteOrganizationalUnit(s.Account)), OrganizationsErrorCodes.InvalidInput, ["ACCOUNT"]),
        ["an OU that is not empty"] = (s => Run(() => s.Org.DeleteOrganizationalUnit(s.Ou)), "OrganizationalUnitNotEmptyException", ["OU"]),
        ["an OU removed as an account"] = (s => Run(() => s.Org.RemoveAccount(s.Ou)), OrganizationsErrorCodes.InvalidInput, ["OU"]),
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task EveryRefusalNamesWhatItRefuses(string refusal)
    {
        // Arrange
        var scene = Scene.Build();
        var (call, code, named) = s_refusals[refusal];

        // Act
        var error = await Assert.ThrowsAsync<OrganizationsException>(() => call(scene));

        // Assert
        Assert.Equal(code, error.ErrorCode);
        Assert.All(named.Select(scene.Resolve), name => Assert.Contains(name, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ANameThatNamesNothingIsRefusedWithTheName()
    {
        var scene = Scene.Build();

        var error = Assert.Throws<KeyNotFoundException>(() => scene.Org.TargetIdOf("nobody-here"));

        Assert.Contains("'nobody-here'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttachingToARootWhoseBackupPolicyTypeIsDisabledNamesTheType()
    {
        var org = new SimulatedOrganization(new SimulationOptions { PendingEnableReads = 0 });
        var policy = await org.CreateBackupPolicyAsync(new NewPolicy("b", "", Content, s_noTags), s_none);

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => org.AttachManagedPolicyAsync(new ManagedPolicyId(policy.Id), org.RootId, s_none));

        Assert.Equal(OrganizationsErrorCodes.PolicyTypeNotEnabled, error.ErrorCode);
        Assert.Contains(PolicyTypes.BackupPolicy, error.Message, StringComparison.Ordinal);
    }

    private static Task Run(Action setUp)
    {
        setUp();
        return Task.CompletedTask;
    }

    private static string Oversized() => """{"plans":{},"pad":""" + "\"" + new string('x', 10_001) + "\"}";

    /// <summary>An organization with BACKUP_POLICY enabled (disables pending for 20 s), an OU holding an account, the policy "baseline" on the OU, and "other".</summary>
    private sealed record Scene(SimulatedOrganization Org, ManagedPolicyId Baseline, string Ou, string Account)
    {
        public static Scene Build()
        {
            var org = new SimulatedOrganization(new SimulationOptions { PendingEnableReads = 0, PendingDisableDelay = TimeSpan.FromSeconds(20), Clock = new FakeTimeProvider() });
            org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
            var ou = org.CreateOrganizationalUnit("workloads");
            var account = org.CreateAccount("app", ou);
            var baseline = org.CreatePolicy(PolicyTypes.BackupPolicy, "baseline", Content);
            org.CreatePolicy(PolicyTypes.BackupPolicy, "other", Content);
            org.AttachPolicy(baseline, ou);
            return new Scene(org, new ManagedPolicyId(baseline), ou, account);
        }

        public string Resolve(string name) => name switch
        {
            "BASELINE" => Baseline.Value,
            "OU" => Ou,
            "ACCOUNT" => Account,
            _ => name,
        };
    }
}
