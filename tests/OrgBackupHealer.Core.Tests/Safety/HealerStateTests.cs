using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>The sliding window behind the flap guard: what counts as inside it, and what pruning keeps.</summary>
public sealed class HealerStateTests
{
    private static readonly DateTimeOffset s_t0 = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AHealingRunAtTheStartOfTheWindowNoLongerCounts()
    {
        // Arrange
        var state = HealerState.Empty.WithHealingRunIf(true, s_t0).WithHealingRunIf(true, s_t0.AddSeconds(1));

        // Act
        var runs = state.HealingRunsSince(s_t0);

        // Assert
        Assert.Equal(1, runs);
    }

    [Fact]
    public void AReconcileThatDidNotHealAddsNoHealingRun()
    {
        // Act
        var state = HealerState.Empty.WithHealingRunIf(false, s_t0);

        // Assert
        Assert.Empty(state.HealingRuns);
    }

    [Fact]
    public void AnActorAtTheStartOfTheWindowIsNoLongerNamed()
    {
        // Arrange
        var state = HealerState.Empty.WithActor(Actor("old", s_t0)).WithActor(Actor("new", s_t0.AddSeconds(1)));

        // Act
        var actors = state.ActorsSince(s_t0);

        // Assert
        Assert.Equal(["new"], actors.Select(a => a.Principal));
    }

    [Fact]
    public void PruningDropsWhatIsNotAfterTheWindowStart()
    {
        // Arrange
        var state = HealerState.Empty
            .WithHealingRunIf(true, s_t0).WithHealingRunIf(true, s_t0.AddMinutes(1))
            .WithActor(Actor("old", s_t0)).WithActor(Actor("new", s_t0.AddMinutes(1)));

        // Act
        var pruned = state.Prune(s_t0, maxActors: 10);

        // Assert
        Assert.Equal([s_t0.AddMinutes(1)], pruned.HealingRuns);
        Assert.Equal(["new"], pruned.Actors.Select(a => a.Principal));
    }

    [Fact]
    public void PruningKeepsTheNewestActorsInTheOrderTheyActed()
    {
        // Arrange: recorded out of order.
        var state = HealerState.Empty
            .WithActor(Actor("third", s_t0.AddMinutes(3)))
            .WithActor(Actor("first", s_t0.AddMinutes(1)))
            .WithActor(Actor("fourth", s_t0.AddMinutes(4)))
            .WithActor(Actor("second", s_t0.AddMinutes(2)));

        // Act
        var pruned = state.Prune(s_t0, maxActors: 2);

        // Assert
        Assert.Equal(["third", "fourth"], pruned.Actors.Select(a => a.Principal));
    }

    private static DriftActor Actor(string principal, DateTimeOffset at) => new(principal, "DetachPolicy", at);
}
