using System.Text.Json;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Tests.Reconciliation;

/// <summary>Which snapshots record the same organization state, and the sink that reuses one for an unchanged state.</summary>
public sealed class SnapshotStateTests
{
    private static readonly StateSnapshot s_state = new(
        new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), "event-1", "r-ab12", "ENABLED", "org-backup-baseline", "p-abcdefgh",
        """{"plans":{}}""", ["r-ab12", "ou-ab12-cdefghij"])
    {
        OrganizationId = "o-abcdefghij",
        ManagementAccountId = "111111111111",
    };

    public static TheoryData<string, StateSnapshot> OneFieldChanged { get; } = new()
    {
        { "root", s_state with { RootId = "r-cd34" } },
        { "organization", s_state with { OrganizationId = "o-zzzzzzzzzz" } },
        { "type status", s_state with { BackupPolicyTypeStatus = "PENDING_DISABLE" } },
        { "policy name", s_state with { PolicyName = "renamed" } },
        { "policy id", s_state with { PolicyId = "p-zzzzzzzz" } },
        { "policy content", s_state with { PolicyContent = """{"plans":{"x":{}}}""" } },
        { "simulated", s_state with { Simulated = true } },
        { "attachments", s_state with { AttachedTargetIds = ["r-ab12"] } },
    };

    [Fact]
    public void WhenAndWhyASnapshotWasTakenDoNotMakeItADifferentState()
    {
        // Arrange
        var later = s_state with { TakenAt = s_state.TakenAt.AddHours(1), Trigger = "schedule", AttachedTargetIds = ["r-ab12", "ou-ab12-cdefghij"] };

        // Act / Assert
        Assert.True(s_state.SameStateAs(later));
        Assert.True(later.SameStateAs(s_state));
    }

    [Theory]
    [MemberData(nameof(OneFieldChanged))]
    public void AnyObservedFieldThatDiffersMakesADifferentState(string field, StateSnapshot other)
    {
        Assert.False(s_state.SameStateAs(other), field);
        Assert.False(other.SameStateAs(s_state), field);
    }

    [Fact]
    public void NoSnapshotIsNotTheSameState()
    {
        Assert.False(s_state.SameStateAs(null!));
    }

    [Fact]
    public async Task TheSameStateAgainPointsAtTheFirstSnapshotInsteadOfSavingAnother()
    {
        // Arrange
        var inner = new CountingSink();
        var sink = new ReusingSnapshotSink(inner);

        // Act
        var first = await sink.SaveAsync(s_state, CancellationToken.None);
        var again = await sink.SaveAsync(s_state with { Trigger = "retry" }, CancellationToken.None);

        // Assert
        Assert.Equal(new SnapshotReceipt("saved #1", Reused: false), first);
        Assert.Equal(new SnapshotReceipt("saved #1", Reused: true), again);
        Assert.Equal(1, inner.Saved);
    }

    [Fact]
    public async Task AChangedStateIsSavedAndBecomesTheOneLaterRunsCompareWith()
    {
        // Arrange
        var inner = new CountingSink();
        var sink = new ReusingSnapshotSink(inner);
        var changed = s_state with { PolicyContent = """{"plans":{"x":{}}}""" };

        // Act
        await sink.SaveAsync(s_state, CancellationToken.None);
        var second = await sink.SaveAsync(changed, CancellationToken.None);
        var third = await sink.SaveAsync(changed, CancellationToken.None);
        var backToFirst = await sink.SaveAsync(s_state, CancellationToken.None);

        // Assert
        Assert.Equal(new SnapshotReceipt("saved #2", Reused: false), second);
        Assert.Equal(new SnapshotReceipt("saved #2", Reused: true), third);
        Assert.Equal(new SnapshotReceipt("saved #3", Reused: false), backToFirst);
        Assert.Equal(3, inner.Saved);
    }

    [Fact]
    public void ASnapshotFileHoldingNullIsNotASnapshot()
    {
        var error = Assert.Throws<JsonException>(() => SnapshotJson.Deserialize("null"));
        Assert.Equal("The snapshot file holds null.", error.Message);
    }

    [Fact]
    public void ASnapshotReadsBackAsWritten()
    {
        var back = SnapshotJson.Deserialize(SnapshotJson.Serialize(s_state));
        Assert.True(back.SameStateAs(s_state));
        Assert.Equal(s_state.TakenAt, back.TakenAt);
        Assert.Equal(s_state.Trigger, back.Trigger);
        Assert.Equal(s_state.ManagementAccountId, back.ManagementAccountId);
    }

    private sealed class CountingSink : ISnapshotSink
    {
        public int Saved { get; private set; }

        public Task<SnapshotReceipt> SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken) =>
            Task.FromResult(new SnapshotReceipt($"saved #{++Saved}", Reused: false));
    }
}
