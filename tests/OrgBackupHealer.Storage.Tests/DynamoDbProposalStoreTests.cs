using OrgBackupHealer.Core.Approvals;

namespace OrgBackupHealer.Storage.Tests;

/// <summary>Proposals in the state table: read back as written, one open per entry, created once, closed only while open.</summary>
[Collection(MotoStorageGroup.Name)]
[Trait("Needs", "moto")]
public sealed class DynamoDbProposalStoreTests(MotoStorageFixture moto)
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AProposalReadsBackAsWrittenAndIsItsEntrysOpenOne()
    {
        var store = new DynamoDbProposalStore(moto.DynamoDb, await moto.CreateStateTableAsync());
        var proposal = Proposal("baseline", 1) with { Snapshot = "s3://bucket/snap.json", DriftActor = "arn:aws:iam::111122223333:user/mallory", Diff = [] };

        await store.OpenAsync(proposal, null, default);

        var read = await store.GetAsync(proposal.Id, default);
        Assert.NotNull(read);
        Assert.Equal(proposal.Actions, read.Actions);
        Assert.Empty(read.Diff);
        Assert.Equal(proposal.Targets, read.Targets);
        Assert.Equal((proposal.Snapshot, proposal.DriftActor, proposal.ExpiresAt, proposal.ObservationHash), (read.Snapshot, read.DriftActor, read.ExpiresAt, read.ObservationHash));
        Assert.Equal(proposal.Id, (await store.FindOpenAsync("baseline", default))?.Id);
        Assert.Equal([proposal.Id], (await store.ListOpenAsync(default)).Select(p => p.Id));
    }

    [Fact]
    public async Task ASecondOpenProposalForTheSameEntryIsAConflictUnlessItReplacesTheFirst()
    {
        var store = new DynamoDbProposalStore(moto.DynamoDb, await moto.CreateStateTableAsync());
        var first = Proposal("prod", 1);
        var second = Proposal("prod", 2);
        await store.OpenAsync(first, null, default);

        await Assert.ThrowsAsync<ProposalConflictException>(() => store.OpenAsync(second, null, default));
        await store.OpenAsync(Proposal("prod", 3), first.Id, default);

        Assert.Equal(Proposal("prod", 3).Id, (await store.FindOpenAsync("prod", default))?.Id);
    }

    [Fact]
    public async Task AProposalIsClosedOnlyOnceAndThenNoLongerOpen()
    {
        var store = new DynamoDbProposalStore(moto.DynamoDb, await moto.CreateStateTableAsync());
        var proposal = Proposal("baseline", 1);
        await store.OpenAsync(proposal, null, default);

        var first = await store.CloseAsync(proposal.Close(ProposalStatus.Rejected, s_now, "alice"), default);
        var second = await store.CloseAsync(proposal.Close(ProposalStatus.Applied, s_now, "bob"), default);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(ProposalStatus.Rejected, (await store.GetAsync(proposal.Id, default))?.Status);
        Assert.Equal("alice", (await store.GetAsync(proposal.Id, default))?.ClosedBy);
        Assert.Null(await store.FindOpenAsync("baseline", default));
        Assert.Empty(await store.ListOpenAsync(default));
    }

    [Fact]
    public async Task AnUnknownIdIsNoProposal()
    {
        var store = new DynamoDbProposalStore(moto.DynamoDb, await moto.CreateStateTableAsync());

        Assert.Null(await store.GetAsync("prop-00000000000000000000", default));
    }

    private static Proposal Proposal(string policy, int sequence) =>
        new(Core.Approvals.Proposal.NewId("platform", policy, $"sha256:{sequence}", s_now.AddMinutes(sequence)), policy, ProposalStatus.Open, $"sha256:{sequence}",
            ["AttachPolicy r-ab12: detached"], ["$.plans.x: desired 1, found 2"], s_now.AddMinutes(sequence), s_now.AddHours(24))
        {
            Owner = "platform",
            Targets = ["r-ab12"],
            Trigger = "schedule",
        };
}
