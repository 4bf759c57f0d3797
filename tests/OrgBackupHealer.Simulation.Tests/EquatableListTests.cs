using System.Collections;

namespace OrgBackupHealer.Simulation.Tests;

/// <summary>The list captures are made of: equal when the items are equal in the same order, readable in a failed assertion.</summary>
public sealed class EquatableListTests
{
    [Fact]
    public void ListsWithTheSameItemsInTheSameOrderAreEqualAndHashAlike()
    {
        // Arrange
        var first = new EquatableList<string>(["a", "b"]);
        var second = new EquatableList<string>(["a", "b"]);

        // Act
        var equal = (first.Equals(second), first.Equals((object)second), first.GetHashCode() == second.GetHashCode());

        // Assert
        Assert.Equal((true, true, true), equal);
    }

    [Fact]
    public void ListsDifferingInOrderLengthOrItemsOrNullAreNotEqual()
    {
        // Arrange
        var list = new EquatableList<string>(["a", "b"]);
        EquatableList<string>? none = null;

        // Act
        var equal = new[]
        {
            list.Equals(new EquatableList<string>(["b", "a"])),
            list.Equals(new EquatableList<string>(["a"])),
            list.Equals(new EquatableList<string>(["a", "c"])),
            list.Equals(none),
            list.Equals((object)"a"),
        };

        // Assert
        Assert.All(equal, e => Assert.False(e));
        Assert.NotEqual(list.GetHashCode(), new EquatableList<string>(["b", "a"]).GetHashCode());
    }

    [Fact]
    public void TheListKeepsItsOwnCopyOfTheItems()
    {
        // Arrange
        var items = new List<int> { 1, 2 };
        var list = new EquatableList<int>(items);

        // Act
        items.Add(3);

        // Assert
        Assert.Equal(2, list.Count);
        Assert.Equal((1, 2), (list[0], list[1]));
        Assert.Equal([1, 2], ((IEnumerable)list).Cast<int>());
    }

    [Fact]
    public void AListReadsAsItsItemsInBrackets()
    {
        // Act
        var text = (new EquatableList<string>(["a", "b"]).ToString(), new EquatableList<string>([]).ToString());

        // Assert
        Assert.Equal(("[a, b]", "[]"), text);
    }
}
