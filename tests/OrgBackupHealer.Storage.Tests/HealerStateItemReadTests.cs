using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Storage.Internal;

namespace OrgBackupHealer.Storage.Tests;

/// <summary>
/// A state item is read whole or not at all: anything the healer would not have written makes it read as empty, with
/// the attribute named, and the write after it still knows which item it replaces.
/// </summary>
public sealed class HealerStateItemReadTests
{
    [Fact]
    public void AnActorThatIsNotAMapMakesTheItemReadAsEmpty()
    {
        // Arrange
        var item = StateItem(new AttributeValue { S = "terraform" });

        // Act
        var reading = HealerStateItem.Read(item);

        // Assert
        Assert.Empty(reading.State.Actors);
        Assert.Empty(reading.State.HealingRuns);
        Assert.Equal("actors[0] is the string \"terraform\", not a map", reading.Problem);
    }

    [Fact]
    public void AnActorWithoutStringsNamesTheField()
    {
        // Arrange
        var item = StateItem(new AttributeValue
        {
            M = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                ["principal"] = new AttributeValue { N = "7" },
                ["eventName"] = new AttributeValue { S = "DetachPolicy" },
                ["at"] = new AttributeValue { N = "1741944413000" },
            },
        });

        // Act
        var reading = HealerStateItem.Read(item);

        // Assert
        Assert.Empty(reading.State.Actors);
        Assert.Equal("actors[0].principal is the number 7, not a string", reading.Problem);
    }

    [Theory]
    [InlineData("principal", "actors[0].principal is the number 8, not a string")]
    [InlineData("eventName", "actors[0].eventName is the number 8, not a string")]
    [InlineData("at", "actors[0].at is the string \"8\", not a whole number")]
    public void AnActorFieldOfAnotherTypeIsNamedWithItsPath(string field, string problem)
    {
        // Arrange
        var fields = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            ["principal"] = new AttributeValue { S = "terraform" },
            ["eventName"] = new AttributeValue { S = "DetachPolicy" },
            ["at"] = new AttributeValue { N = "1741944413000" },
        };
        fields[field] = field == "at" ? new AttributeValue { S = "8" } : new AttributeValue { N = "8" };

        // Act
        var reading = HealerStateItem.Read(StateItem(new AttributeValue { M = fields }));

        // Assert
        Assert.Equal(problem, reading.Problem);
    }

    [Fact]
    public void AnItemWithoutAVersionIsWrittenWithoutExpectedValues()
    {
        // Arrange
        var item = StateItem(null);
        item.Remove("version");

        // Act
        var reading = HealerStateItem.Read(item);

        // Assert
        Assert.Equal("version is missing", reading.Problem);
        Assert.Equal("attribute_not_exists(#pk) OR attribute_not_exists(#version)", reading.Guard.Condition);
        Assert.Null(reading.Guard.Values());
    }

    [Theory]
    [InlineData("principal")]
    [InlineData("eventName")]
    [InlineData("at")]
    public void AnActorWithoutOneOfItsFieldsIsUnreadable(string missing)
    {
        // Arrange
        var fields = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            ["principal"] = new AttributeValue { S = "arn:aws:iam::111111111111:user/terraform" },
            ["eventName"] = new AttributeValue { S = "DetachPolicy" },
            ["at"] = new AttributeValue { N = "1741944413000" },
        };
        fields.Remove(missing);

        // Act
        var reading = HealerStateItem.Read(StateItem(new AttributeValue { M = fields }));

        // Assert
        Assert.Equal($"actors[0].{missing} is missing", reading.Problem);
    }

    [Fact]
    public void AHealingRunBeyondTheLastRepresentableTimeIsUnreadable()
    {
        // Arrange
        var item = StateItem(null);
        item["healingRuns"] = new AttributeValue { L = [new AttributeValue { N = "1741944413000" }, new AttributeValue { N = "99999999999999999" }] };

        // Act
        var reading = HealerStateItem.Read(item);

        // Assert
        Assert.Empty(reading.State.HealingRuns);
        Assert.Equal("healingRuns[1] is 99999999999999999, not a time in epoch milliseconds", reading.Problem);
    }

    [Fact]
    public void AWellFormedItemReadsWholeWithoutAProblem()
    {
        // Arrange
        var item = StateItem(new AttributeValue
        {
            M = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                ["principal"] = new AttributeValue { S = "terraform" },
                ["eventName"] = new AttributeValue { S = "DetachPolicy" },
                ["at"] = new AttributeValue { N = "1741944413000" },
            },
        });
        item["settledAt"] = new AttributeValue { N = "1741944414000" };

        // Act
        var reading = HealerStateItem.Read(item);

        // Assert
        Assert.Null(reading.Problem);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1741944414000), reading.State.LastSettledAt);
        Assert.Equal("terraform", Assert.Single(reading.State.Actors).Principal);
        Assert.Equal(4, reading.Guard.NextVersion);
    }

    [Fact]
    public void AStringVersionIsReplacedOnlyWhileItIsStillAString()
    {
        // Arrange
        var item = StateItem(null);
        item["version"] = new AttributeValue { S = "three" };

        // Act
        var reading = HealerStateItem.Read(item);

        // Assert
        Assert.Equal("version is the string \"three\", not a whole number", reading.Problem);
        Assert.Equal("attribute_not_exists(#pk) OR attribute_type(#version, :version)", reading.Guard.Condition);
        Assert.Equal("S", reading.Guard.Expected?.S);
        Assert.Equal(1, reading.Guard.NextVersion);
    }

    [Fact]
    public void AFractionalVersionIsReplacedOnlyWhileItIsThatNumber()
    {
        // Arrange
        var item = StateItem(null);
        item["version"] = new AttributeValue { N = "2.5" };

        // Act
        var reading = HealerStateItem.Read(item);

        // Assert
        Assert.Equal("attribute_not_exists(#pk) OR #version = :version", reading.Guard.Condition);
        Assert.Equal("2.5", reading.Guard.Expected?.N);
        Assert.Equal(1, reading.Guard.NextVersion);
    }

    [Fact]
    public void NoItemIsEmptyWithoutAProblem()
    {
        // Act
        var reading = HealerStateItem.Read(null);

        // Assert
        Assert.Null(reading.Problem);
        Assert.Empty(reading.State.HealingRuns);
        Assert.Equal(1, reading.Guard.NextVersion);
    }

    private static Dictionary<string, AttributeValue> StateItem(AttributeValue? actor) =>
        new(StringComparer.Ordinal)
        {
            ["pk"] = new AttributeValue { S = "state" },
            ["actors"] = new AttributeValue { L = actor is null ? [] : [actor] },
            ["version"] = new AttributeValue { N = "3" },
        };
}
