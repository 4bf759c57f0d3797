using System.Text.Json;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Approvals;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Moto;

/// <summary>
/// Issue 24's CLI against proposals the healer's pipeline recorded in a moto state table: <c>proposals</c> lists the
/// one open proposal, <c>approve ID</c> repairs; a second drift before the approval re-plans and writes nothing; an
/// expired proposal is refused; <c>reject</c> closes one; docs/cli-json.md lists exactly the fields they print.
/// </summary>
[Collection(MotoServerDefinition.Name)]
[Trait("Needs", "moto")]
public sealed class ApprovalCommandsTests(MotoServerFixture moto)
{
    [Fact]
    public async Task ProposalsListsTheOpenProposalAndApproveRepairsThePolicy()
    {
        // Arrange
        using var setup = await ApprovalRig.CreateAsync(moto.Server);
        setup.Organization.DetachPolicy(setup.PolicyId, setup.Organization.RootId);
        await setup.DriftAsync(1);

        // Act
        var listed = await setup.Cli.RunAsync("proposals", "--state-table", setup.Rig.Table, "--output", "json");
        var id = listed.Json().GetProperty("proposals")[0].GetProperty("id").GetString()!;
        setup.Organization.ResetCounters();
        var approved = await setup.Cli.RunAsync("approve", id, "--state-table", setup.Rig.Table, "--yes", "--output", "json");

        // Assert
        Assert.Equal(0, listed.ExitCode);
        Assert.Equal("default", listed.Json().GetProperty("proposals")[0].GetProperty("policy").GetString());
        Assert.Equal(1, listed.Json().GetProperty("proposals").GetArrayLength());
        Assert.True(approved.ExitCode == 0, approved.Out + approved.Error);
        Assert.Equal("applied", approved.Json().GetProperty("status").GetString());
        Assert.True(setup.AttachedToRoot);
        Assert.Equal(1, setup.Organization.TotalWrites);
        Assert.Equal(ProposalStatus.Applied, (await setup.Proposals.GetAsync(id, default))!.Status);
    }

    [Fact]
    public async Task ApproveWithoutATerminalShowsThePlanAndWritesNothing()
    {
        using var setup = await ApprovalRig.CreateAsync(moto.Server);
        setup.Organization.DetachPolicy(setup.PolicyId, setup.Organization.RootId);
        await setup.DriftAsync(1);
        var id = (await setup.Proposals.ListOpenAsync(default)).Single().Id;

        var run = await setup.Cli.RunAsync("approve", id, "--state-table", setup.Rig.Table);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("AttachPolicy " + setup.Organization.RootId, run.Out, StringComparison.Ordinal);
        Assert.False(setup.AttachedToRoot);
    }

    [Fact]
    public async Task ASecondDriftBeforeTheApprovalIsReplannedAndNothingIsWritten()
    {
        // Arrange: proposed for a detach; then the content is edited too.
        using var setup = await ApprovalRig.CreateAsync(moto.Server);
        setup.Organization.DetachPolicy(setup.PolicyId, setup.Organization.RootId);
        await setup.DriftAsync(1);
        var id = (await setup.Proposals.ListOpenAsync(default)).Single().Id;
        setup.Organization.EditPolicyContent(setup.PolicyId, OrganizationBreaker.Tamper(ShippedPolicy.Content));
        setup.Organization.ResetCounters();

        // Act
        var run = await setup.Cli.RunAsync("approve", id, "--state-table", setup.Rig.Table, "--yes", "--output", "json");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("replanned", run.Json().GetProperty("status").GetString());
        Assert.Equal(0, setup.Organization.TotalWrites);
        Assert.False(setup.AttachedToRoot);
        var fresh = run.Json().GetProperty("newProposal").GetProperty("id").GetString();
        Assert.Equal(fresh, (await setup.Proposals.ListOpenAsync(default)).Single().Id);
        Assert.Equal("superseded", run.Json().GetProperty("proposal").GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnExpiredProposalIsRefusedAndNothingIsWritten()
    {
        using var setup = await ApprovalRig.CreateAsync(moto.Server);
        setup.Organization.DetachPolicy(setup.PolicyId, setup.Organization.RootId);
        await setup.DriftAsync(1);
        var id = (await setup.Proposals.ListOpenAsync(default)).Single().Id;
        setup.Rig.Time.Advance(TimeSpan.FromHours(25));
        setup.Organization.ResetCounters();

        var run = await setup.Cli.RunAsync("approve", id, "--state-table", setup.Rig.Table, "--yes", "--output", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("expired", run.Error, StringComparison.Ordinal);
        Assert.Equal("expired", run.Json().GetProperty("proposal").GetProperty("status").GetString());
        Assert.Equal(0, setup.Organization.TotalWrites);
        Assert.False(setup.AttachedToRoot);
    }

    [Fact]
    public async Task RejectClosesTheProposalAndARejectedOneCannotBeApproved()
    {
        using var setup = await ApprovalRig.CreateAsync(moto.Server);
        setup.Organization.DetachPolicy(setup.PolicyId, setup.Organization.RootId);
        await setup.DriftAsync(1);
        var id = (await setup.Proposals.ListOpenAsync(default)).Single().Id;

        var rejected = await setup.Cli.RunAsync("reject", id, "--state-table", setup.Rig.Table, "--output", "json");
        var approved = await setup.Cli.RunAsync("approve", id, "--state-table", setup.Rig.Table, "--yes", "--output", "json");

        Assert.Equal(0, rejected.ExitCode);
        Assert.Equal("rejected", rejected.Json().GetProperty("proposal").GetProperty("status").GetString());
        Assert.Equal(1, approved.ExitCode);
        Assert.Equal("refused", approved.Json().GetProperty("status").GetString());
        Assert.False(setup.AttachedToRoot);
    }

    [Fact]
    public async Task ApproveWithAnIncidentBusTellsTheDecisionOnceOnIt()
    {
        // Arrange: a subscriber's rule on the default bus, and a proposal the function recorded.
        using var setup = await ApprovalRig.CreateAsync(moto.Server);
        using var capture = await MotoIncidentCapture.CreateAsync(moto.Server);
        setup.Organization.DetachPolicy(setup.PolicyId, setup.Organization.RootId);
        await setup.DriftAsync(1);
        var id = (await setup.Proposals.ListOpenAsync(default)).Single().Id;

        // Act
        var approved = await setup.Cli.RunAsync("approve", id, "--state-table", setup.Rig.Table, "--yes", "--incident-bus", "default");

        // Assert
        Assert.True(approved.ExitCode == 0, approved.Out + approved.Error);
        var incident = Assert.Single(await capture.DrainAsync());
        Assert.Equal("org-backup-healer", incident["source"]!.GetValue<string>());
        Assert.Equal("proposal-applied", incident["detail"]!["kind"]!.GetValue<string>());
        Assert.Equal(id, incident["detail"]!["proposalId"]!.GetValue<string>());
        Assert.Contains("Published 1 incident event(s) on bus 'default'.", approved.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectWithAnIncidentBusTellsTheRejectionAndWithoutOneTellsNothing()
    {
        // Arrange: two proposals' worth of drift: the first rejected quietly, the second with the bus.
        using var setup = await ApprovalRig.CreateAsync(moto.Server);
        using var capture = await MotoIncidentCapture.CreateAsync(moto.Server);
        setup.Organization.DetachPolicy(setup.PolicyId, setup.Organization.RootId);
        await setup.DriftAsync(1);
        var quiet = (await setup.Proposals.ListOpenAsync(default)).Single().Id;
        await setup.Cli.RunAsync("reject", quiet, "--state-table", setup.Rig.Table);
        setup.Rig.Time.Advance(TimeSpan.FromMinutes(5));
        await setup.DriftAsync(2);
        var told = (await setup.Proposals.ListOpenAsync(default)).Single().Id;

        // Act
        var rejected = await setup.Cli.RunAsync("reject", told, "--state-table", setup.Rig.Table, "--incident-bus", "default", "--output", "json");

        // Assert
        Assert.Equal(0, rejected.ExitCode);
        var incident = Assert.Single(await capture.DrainAsync());
        Assert.Equal("proposal-rejected", incident["detail"]!["kind"]!.GetValue<string>());
        Assert.Equal(told, incident["detail"]!["proposalId"]!.GetValue<string>());
        Assert.Equal("rejected", rejected.Json().GetProperty("proposal").GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnIncidentBusThatIsNotANameIsAUsageError()
    {
        using var setup = await ApprovalRig.CreateAsync(moto.Server);

        var run = await setup.Cli.RunAsync("reject", "prop-00000000000000000000", "--state-table", setup.Rig.Table, "--incident-bus", "arn:aws:events:us-east-1:111111111111:event-bus/x");

        Assert.Equal(64, run.ExitCode);
        Assert.Contains("--incident-bus must be a bus name", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposalsOnATableWithNoneSaysSo()
    {
        using var setup = await ApprovalRig.CreateAsync(moto.Server);

        var run = await setup.Cli.RunAsync("proposals", "--state-table", setup.Rig.Table);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["No open proposal."], run.OutLines);
    }

    [Fact]
    public async Task AnApprovalWhoseRepairFailsExitsOneWithTheServicesWordsAndAttachesNothing()
    {
        using var setup = await ApprovalRig.CreateAsync(moto.Server);
        setup.Organization.DetachPolicy(setup.PolicyId, setup.Organization.RootId);
        await setup.DriftAsync(1);
        var id = (await setup.Proposals.ListOpenAsync(default)).Single().Id;
        setup.Organization.InjectFault(OrganizationsOperations.ListPolicies, OrganizationsErrorCodes.AccessDenied, message: "denied by an SCP");

        var run = await setup.Cli.RunAsync("approve", id, "--state-table", setup.Rig.Table, "--yes", "--output", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("denied by an SCP", run.Error, StringComparison.Ordinal);
        var json = run.Json();
        Assert.Equal("failed", json.GetProperty("status").GetString());
        Assert.Equal("terminal", json.GetProperty("error").GetProperty("kind").GetString());
        Assert.False(setup.AttachedToRoot);
    }

    [Fact]
    public async Task AnIncidentThatCannotBePublishedIsAWarningAndTheDecisionStands()
    {
        using var setup = await ApprovalRig.CreateAsync(moto.Server);
        setup.Organization.DetachPolicy(setup.PolicyId, setup.Organization.RootId);
        await setup.DriftAsync(1);
        var id = (await setup.Proposals.ListOpenAsync(default)).Single().Id;

        var rejected = await setup.Cli.RunAsync("reject", id, "--state-table", setup.Rig.Table, "--incident-bus", "no-such-bus");

        Assert.Equal(0, rejected.ExitCode);
        Assert.StartsWith("warning: 1 incident event(s) could not be published on bus 'no-such-bus': ", Assert.Single(rejected.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("Published", rejected.Out, StringComparison.Ordinal);
        Assert.Empty(await setup.Proposals.ListOpenAsync(default));
    }

    [Fact]
    public async Task TheProposalsTableListsExactlyTheFieldsTheCommandsPrint()
    {
        // Arrange: runs reaching every documented case.
        var documented = JsonDocumentationTests.DocumentedFields("## `proposals`, `approve`, `reject`");
        var printed = new HashSet<string>(StringComparer.Ordinal);
        using var setup = await ApprovalRig.CreateAsync(moto.Server);
        setup.Organization.DetachPolicy(setup.PolicyId, setup.Organization.RootId);
        await setup.DriftAsync(1);
        var first = (await setup.Proposals.ListOpenAsync(default)).Single().Id;
        var runs = new List<CliRun>
        {
            await setup.Cli.RunAsync("proposals", "--state-table", setup.Rig.Table, "--output", "json"),
            await setup.Cli.RunAsync("approve", first, "--state-table", setup.Rig.Table, "--output", "json"),
        };
        setup.Organization.EditPolicyContent(setup.PolicyId, OrganizationBreaker.Tamper(ShippedPolicy.Content));
        runs.Add(await setup.Cli.RunAsync("approve", first, "--state-table", setup.Rig.Table, "--yes", "--output", "json"));
        var second = (await setup.Proposals.ListOpenAsync(default)).Single().Id;
        runs.Add(await setup.Cli.RunAsync("approve", second, "--state-table", setup.Rig.Table, "--yes", "--output", "json"));
        runs.Add(await setup.Cli.RunAsync("reject", second, "--state-table", setup.Rig.Table, "--output", "json"));

        // Assert
        Assert.Equal([0, 4, 2, 0, 1], runs.Select(r => r.ExitCode));
        foreach (var run in runs)
        {
            JsonDocumentationTests.Collect(run.Json(), "", documented, printed);
        }

        Assert.Empty(printed.Except(documented.Keys));
        Assert.Empty(documented.Keys.Except(printed));
    }
}
