using Amazon.DynamoDBv2.Model;

namespace OrgBackupHealer.Storage.Tests;

/// <summary>
/// Values of each DynamoDB type that a hand edit could leave in an attribute. For the attribute's own type, a value of
/// that type the healer cannot read instead (a fraction where a whole number belongs, a list of strings where times
/// belong), so every attribute is wrong under every type.
/// </summary>
internal static class WrongTypes
{
    public static TheoryData<string> Kinds => new() { "S", "N", "B", "BOOL", "NULL", "L", "M", "SS" };

    /// <param name="rightType">The type the healer writes there: N, S or L.</param>
    public static AttributeValue Of(string kind, string rightType) => kind switch
    {
        "S" when rightType == "S" => new AttributeValue { S = "DONE" },
        "S" => new AttributeValue { S = "yesterday" },
        "N" when rightType == "N" => new AttributeValue { N = "1.5" },
        "N" => new AttributeValue { N = "7" },
        "B" => new AttributeValue { B = new MemoryStream([0xFF, 0x00]) },
        "BOOL" => new AttributeValue { BOOL = true },
        "NULL" => new AttributeValue { NULL = true },
        "L" when rightType == "L" => new AttributeValue { L = [new AttributeValue { S = "not a time" }] },
        "L" => new AttributeValue { L = [new AttributeValue { N = "1" }] },
        "M" => new AttributeValue { M = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { ["x"] = new AttributeValue { N = "1" } } },
        "SS" => new AttributeValue { SS = ["a", "b"] },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a DynamoDB type"),
    };
}
