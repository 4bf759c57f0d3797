using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Storage.Internal;

namespace OrgBackupHealer.Storage.Tests;

/// <summary>The strict attribute readers: what they accept, and how they name what they found instead.</summary>
public sealed class StateAttributesTests
{
    public static TheoryData<AttributeValue, string> Types => new()
    {
        { new AttributeValue { S = "x" }, "S" },
        { new AttributeValue { N = "1" }, "N" },
        { new AttributeValue { B = new MemoryStream([1]) }, "B" },
        { new AttributeValue { BOOL = false }, "BOOL" },
        { new AttributeValue { NULL = true }, "NULL" },
        { new AttributeValue { L = [] }, "L" },
        { new AttributeValue { M = [] }, "M" },
        { new AttributeValue { SS = ["a"] }, "SS" },
        { new AttributeValue { NS = ["1"] }, "NS" },
        { new AttributeValue { BS = [new MemoryStream([1])] }, "BS" },
        { new AttributeValue(), "NULL" },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void NamesEachTypeAsAttributeTypeDoes(AttributeValue value, string type)
    {
        // Act
        var name = StateAttributes.TypeName(value);

        // Assert
        Assert.Equal(type, name);
    }

    [Theory]
    [InlineData(-62135596800000)]
    [InlineData(253402300799999)]
    public void ReadsTheFirstAndLastRepresentableMillisecond(long millis)
    {
        // Act
        var at = StateAttributes.Millis(new AttributeValue { N = millis.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "at");

        // Assert
        Assert.Equal(millis, at.ToUnixTimeMilliseconds());
    }

    [Theory]
    [InlineData("-62135596800001")]
    [InlineData("253402300800000")]
    public void RefusesAMillisecondOutsideThatRange(string millis)
    {
        // Act
        var error = Record.Exception(() => StateAttributes.Millis(new AttributeValue { N = millis }, "at"));

        // Assert
        Assert.Equal($"at is {millis}, not a time in epoch milliseconds", Assert.IsType<InvalidDataException>(error).Message);
    }

    [Theory]
    [InlineData(40, "the string \"pppppppppppppppppppppppppppppppppppppppp\"")]
    [InlineData(41, "the string \"pppppppppppppppppppppppppppppppppppppppp…\"")]
    public void QuotesAStringFoundInsteadUpToFortyCharacters(int length, string described)
    {
        // Act
        var error = Record.Exception(() => StateAttributes.List(new AttributeValue { S = new string('p', length) }, "healingRuns"));

        // Assert
        Assert.Equal($"healingRuns is {described}, not a list", error?.Message);
    }

    [Fact]
    public void NamesTheTypeOfAnythingElseFoundInstead()
    {
        // Act
        var error = Record.Exception(() => StateAttributes.Long(new AttributeValue { BOOL = true }, "version"));

        // Assert
        Assert.Equal("version is of type BOOL, not a whole number", error?.Message);
    }
}
