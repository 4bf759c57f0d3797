using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Inheritance;
using OrgBackupHealer.Core.Inheritance.Internal;

namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>Reading an <c>@@operators_allowed_for_child_policies</c> list, and writing operators back as an author would.</summary>
public sealed class OperatorSyntaxTests
{
    [Theory]
    [InlineData("""["@@assign","@@assign"]""", ValueSettingOperators.Assign)]
    [InlineData("""["@@append","@@append"]""", ValueSettingOperators.Append)]
    [InlineData("""["@@remove","@@remove"]""", ValueSettingOperators.Remove)]
    [InlineData("""["@@append","@@assign"]""", ValueSettingOperators.Assign | ValueSettingOperators.Append)]
    [InlineData("""["@@assign","@@all"]""", ValueSettingOperators.All)]
    [InlineData("""["@@all","@@all"]""", ValueSettingOperators.All)]
    [InlineData("""["@@remove","@@none"]""", ValueSettingOperators.Remove)]
    public void AListAllowsTheUnionOfWhatItNamesHoweverOftenItNamesIt(string list, ValueSettingOperators expected)
    {
        var read = OperatorSyntax.TryReadAllowed(JsonNode.Parse(list), out var allowed);

        Assert.True(read);
        Assert.Equal(expected, allowed);
    }

    [Theory]
    [InlineData(ValueSettingOperators.None, "@@none")]
    [InlineData(ValueSettingOperators.Assign, "@@assign")]
    [InlineData(ValueSettingOperators.Append, "@@append")]
    [InlineData(ValueSettingOperators.Remove, "@@remove")]
    [InlineData(ValueSettingOperators.Append | ValueSettingOperators.Remove, "@@append, @@remove")]
    [InlineData(ValueSettingOperators.All, "@@assign, @@append, @@remove")]
    public void DescribesOperatorsInTheOrderAnAuthorWritesThem(ValueSettingOperators operators, string expected) =>
        Assert.Equal(expected, OperatorSyntax.Describe(operators));
}
