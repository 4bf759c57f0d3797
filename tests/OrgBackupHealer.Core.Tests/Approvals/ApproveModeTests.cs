using OrgBackupHealer.Core.Approvals;
using OrgBackupHealer.Core.Incidents;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Approvals;

/// <summary>
/// Issue 24 against the simulation: an approve-mode entry whose policy was detached is not written, gets one proposal
/// and one incident; approving it repairs; a second drift before the approval re-plans instead of applying blindly; an
/// expired proposal and a forged id are refused with nothing written.
/// </summary>
public sealed class ApproveModeTests
{
    [Fact]
    public async Task ADetachedPolicyInApproveModeIsNotWrittenAndGetsOneProposalAndOneIncident()
    {
        // Arrange
        var rig = new ApproveModeRig();
        rig.Organization.DetachPolicy(rig.PolicyId, rig.Organization.RootId);
        rig.Organization.ResetCounters();

        // Act
        var outcome = await rig.DriftAsync();

        // Assert
        Assert.Equal(ReconcileOutcome.DriftReported, outcome.Result?.Outcome);
        Assert.Equal(0, rig.Organization.TotalWrites);
        Assert.False(rig.AttachedToRoot);
        var proposal = Assert.Single(rig.Proposals.All);
        Assert.Equal(ProposalStatus.Open, proposal.Status);
        Assert.Equal("default", proposal.Policy);
        Assert.Contains(proposal.Actions, a => a.StartsWith("AttachPolicy " + rig.Organization.RootId, StringComparison.Ordinal));
        Assert.Equal(rig.Time.GetUtcNow().AddHours(24), proposal.ExpiresAt);
        Assert.NotNull(proposal.Snapshot);
        Assert.StartsWith("sha256:", proposal.ObservationHash, StringComparison.Ordinal);
        var incident = Assert.Single(rig.Incidents.Published);
        Assert.Equal(IncidentKind.ProposalOpened, incident.Kind);
        Assert.Equal(proposal.Id, incident.ProposalId);
        Assert.Equal(1, rig.Incidents.Publishes);
    }

    [Fact]
    public async Task TheSameDriftObservedAgainKeepsTheOneOpenProposal()
    {
        // Arrange
        var rig = new ApproveModeRig();
        rig.Organization.DetachPolicy(rig.PolicyId, rig.Organization.RootId);
        await rig.DriftAsync();

        // Act
        await rig.DriftAsync();

        // Assert
        Assert.Single(rig.Proposals.All);
        Assert.Single(rig.Incidents.Published);
    }

    [Fact]
    public async Task ApprovingAnOpenProposalRepairsThePolicyAndClosesItAsApplied()
    {
        // Arrange
        var rig = new ApproveModeRig();
        rig.Organization.DetachPolicy(rig.PolicyId, rig.Organization.RootId);
        await rig.DriftAsync();
        var proposal = Assert.Single(rig.Proposals.All);

        // Act
        var result = await rig.ApproveAsync(proposal.Id);

        // Assert
        Assert.Equal(ApprovalVerdict.Applied, result.Verdict);
        Assert.True(rig.AttachedToRoot);
        Assert.Equal(ProposalStatus.Applied, rig.Proposals.All.Single().Status);
        Assert.Equal("ssm-automation:exec-1", rig.Proposals.All.Single().ClosedBy);
        Assert.Equal([IncidentKind.ProposalOpened, IncidentKind.ProposalApplied], rig.Incidents.Published.Select(i => i.Kind));
    }

    [Fact]
    public async Task ASecondDriftBeforeTheApprovalIsReplannedNeverAppliedBlindly()
    {
        // Arrange: proposed for a detached policy; then someone also edits its content.
        var rig = new ApproveModeRig();
        rig.Organization.DetachPolicy(rig.PolicyId, rig.Organization.RootId);
        await rig.DriftAsync();
        var first = Assert.Single(rig.Proposals.All);
        rig.Organization.EditPolicyContent(rig.PolicyId, SamplePolicies.Edited);
        rig.Organization.ResetCounters();

        // Act
        var result = await rig.ApproveAsync(first.Id);

        // Assert
        Assert.Equal(ApprovalVerdict.Replanned, result.Verdict);
        Assert.Equal(0, rig.Organization.TotalWrites);
        Assert.False(rig.AttachedToRoot);
        Assert.Equal(ProposalStatus.Superseded, (await rig.Proposals.GetAsync(first.Id, default))!.Status);
        var fresh = Assert.Single(await rig.Proposals.ListOpenAsync(default));
        Assert.Equal(result.Replacement?.Id, fresh.Id);
        Assert.NotEqual(first.ObservationHash, fresh.ObservationHash);
        Assert.Contains(fresh.Actions, a => a.StartsWith("UpdatePolicy", StringComparison.Ordinal));
        Assert.NotEmpty(fresh.Diff);
    }

    [Fact]
    public async Task AnExpiredProposalIsRefusedAndNothingIsWritten()
    {
        // Arrange
        var rig = new ApproveModeRig();
        rig.Organization.DetachPolicy(rig.PolicyId, rig.Organization.RootId);
        await rig.DriftAsync();
        var proposal = Assert.Single(rig.Proposals.All);
        rig.Time.Advance(TimeSpan.FromHours(25));
        rig.Organization.ResetCounters();

        // Act
        var result = await rig.ApproveAsync(proposal.Id);

        // Assert
        Assert.Equal(ApprovalVerdict.Replanned, result.Verdict);
        Assert.Contains("expired", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, rig.Organization.TotalWrites);
        Assert.False(rig.AttachedToRoot);
        Assert.Equal(ProposalStatus.Expired, (await rig.Proposals.GetAsync(proposal.Id, default))!.Status);
        Assert.Contains(rig.Incidents.Published, i => i.Kind == IncidentKind.ProposalExpired && i.ProposalId == proposal.Id);
    }

    [Theory]
    [InlineData("prop-0123456789abcdef0123")]
    [InlineData("p-abcd1234")]
    [InlineData("")]
    public async Task AForgedOrUnknownIdIsRefusedWithoutReadingOrWritingTheOrganization(string id)
    {
        // Arrange
        var rig = new ApproveModeRig();
        rig.Organization.DetachPolicy(rig.PolicyId, rig.Organization.RootId);
        await rig.DriftAsync();
        rig.Organization.ResetCounters();

        // Act
        var result = await rig.ApproveAsync(id);

        // Assert
        Assert.Equal(ApprovalVerdict.Refused, result.Verdict);
        Assert.Equal(0, rig.Organization.TotalCalls);
        Assert.Equal(ProposalStatus.Open, rig.Proposals.All.Single().Status);
    }

    [Fact]
    public async Task AClosedProposalCannotBeAppliedTwice()
    {
        // Arrange
        var rig = new ApproveModeRig();
        rig.Organization.DetachPolicy(rig.PolicyId, rig.Organization.RootId);
        await rig.DriftAsync();
        var proposal = Assert.Single(rig.Proposals.All);
        await rig.ApproveAsync(proposal.Id);
        rig.Organization.DetachPolicy(rig.PolicyId, rig.Organization.RootId);
        rig.Organization.ResetCounters();

        // Act
        var again = await rig.ApproveAsync(proposal.Id);

        // Assert
        Assert.Equal(ApprovalVerdict.Refused, again.Verdict);
        Assert.Contains("applied, not open", again.Message, StringComparison.Ordinal);
        Assert.Equal(0, rig.Organization.TotalWrites);
    }

    [Fact]
    public async Task ARejectedProposalIsClosedWithAnIncidentAndNothingWritten()
    {
        // Arrange
        var rig = new ApproveModeRig();
        rig.Organization.DetachPolicy(rig.PolicyId, rig.Organization.RootId);
        await rig.DriftAsync();
        var proposal = Assert.Single(rig.Proposals.All);
        rig.Organization.ResetCounters();

        // Act
        var result = await ApprovalService.RejectAsync(rig.Proposals, rig.Time, proposal.Id, "cli:alice", default);

        // Assert
        Assert.Equal(ApprovalVerdict.Rejected, result.Verdict);
        Assert.Equal(ProposalStatus.Rejected, rig.Proposals.All.Single().Status);
        Assert.Equal(IncidentKind.ProposalRejected, Assert.Single(result.Incidents).Kind);
        Assert.Equal(0, rig.Organization.TotalCalls);
    }

    [Fact]
    public async Task AFailingIncidentBusIsReportedAndNeverFailsTheRepair()
    {
        // Arrange: an enforce-mode entry, and a bus that refuses everything.
        var rig = new ApproveModeRig(Core.Desired.HealerMode.Enforce);
        rig.Incidents.FailWith = new InvalidOperationException("bus down");
        rig.Organization.DetachPolicy(rig.PolicyId, rig.Organization.RootId);

        // Act
        var outcome = await rig.DriftAsync();

        // Assert
        Assert.Equal(ReconcileOutcome.Repaired, outcome.Result?.Outcome);
        Assert.True(rig.AttachedToRoot);
        var (incidents, failure) = Assert.Single(rig.Incidents.NotPublished);
        Assert.Equal(IncidentKind.PolicyRepaired, Assert.Single(incidents).Kind);
        Assert.Equal("bus down", failure.Message);
    }
}
