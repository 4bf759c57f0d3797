using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Storage.Internal;

namespace OrgBackupHealer.Storage.Tests;

/// <summary>A state item written by hand or by an older healer still reads: a malformed actor reads as blanks, not an error.</summary>
public sealed class HealerStateItemReadTests
{
    [Fact]
    public void AnActorThatIsNotAMapReadsAsBlankAtTheEpoch()
    {
        // Arrange
        var item = StateItem(new AttributeValue { S = "terraform" });

        // Act
        var (state, _) = HealerStateItem.Read(item);

        // Assert
        var actor = Assert.Single(state.Actors);
        Assert.Equal("", actor.Principal);
        Assert.Equal("", actor.EventName);
        Assert.Equal(DateTimeOffset.UnixEpoch, actor.At);
    }

    [Fact]
    public void AnActorWithoutStringsReadsItsMissingFieldsAsBlank()
    {
        // Arrange
        var item = StateItem(new AttributeValue
        {
            M = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                ["principal"] = new AttributeValue { N = "7" },
                ["eventName"] = new AttributeValue { N = "8" },
                ["at"] = new AttributeValue { N = "1741944413000" },
            },
        });

        // Act
        var (state, _) = HealerStateItem.Read(item);

        // Assert
        var actor = Assert.Single(state.Actors);
        Assert.Equal("", actor.Principal);
        Assert.Equal("", actor.EventName);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1741944413000), actor.At);
    }

    private static Dictionary<string, AttributeValue> StateItem(AttributeValue actor) =>
        new(StringComparer.Ordinal)
        {
            ["pk"] = new AttributeValue { S = "state" },
            ["actors"] = new AttributeValue { L = [actor] },
            ["version"] = new AttributeValue { N = "3" },
        };
}
