using OrgBackupHealer.Core.Batching;

namespace OrgBackupHealer.Core.Tests.Batching;

public sealed class RecentEventIdsTests
{
    [Fact]
    public void ForgetsTheOldestIdsBeyondItsCapacity()
    {
        // Arrange
        var recent = new RecentEventIds(capacity: 3);

        // Act
        recent.Remember(["a", "b", "c", "b", "d"]);

        // Assert
        Assert.Equal(3, recent.Count);
        Assert.False(recent.Contains("a"));
        Assert.True(recent.Contains("b"));
        Assert.True(recent.Contains("d"));
    }

    [Fact]
    public void ACapacityBelowOneIsRefused()
    {
        // Act
        var refused = Record.Exception(() => new RecentEventIds(capacity: 0));

        // Assert
        Assert.IsType<ArgumentOutOfRangeException>(refused);
    }
}
