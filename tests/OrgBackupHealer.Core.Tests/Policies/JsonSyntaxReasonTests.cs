using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Tests.Policies;

/// <summary>
/// Each kind of syntax mistake the reader reports, reworded for a person, at the line and column (in characters) a
/// text editor shows.
/// </summary>
public sealed class JsonSyntaxReasonTests
{
    public static TheoryData<string, int, int, string> Mistakes => new()
    {
        { "{\"a\" 1}", 1, 6, "expected ':' after the key, found '1'" },
        { "{} }", 1, 4, "unexpected '}' after the end of the document (one '}' too many?)" },
        { "{\"a\": tru}", 1, 10, "'tru}' is not a JSON value: text needs double quotes, and the only bare words are true, false and null" },
        { "{\"a\": \"x\ny\"}", 1, 9, "a string contains a line break or control character; write it escaped (\\n, \\t)" },
        { "{\"a\": x}", 1, 7, "expected a value (a string in double quotes, a number, true, false, null, an object or an array), found 'x'" },
        { "{\"a\": \"\\q\"}", 1, 9, "'q' is an invalid escapable character within a JSON string. The string should be correctly escaped." },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void EachMistakeHasItsOwnReason(string text, int line, int column, string reason)
    {
        Assert.Equal(new JsonSyntaxProblem(line, column, reason), JsonSyntaxProblem.Find(text));
    }

    [Fact]
    public void TheColumnCountsCharactersFromTheStartOfTheLineOfTheMistake()
    {
        // Line 3: two spaces, "c", ':', a space and '1' come before the space before '2' (9 characters); the lines above
        // hold two-byte characters, so counting from the start of the text or of another line would give another column.
        const string Text = "{\"a\": \"ééé\",\n\"b\": \"üü\",\n  \"c\": 1 2}";

        var problem = JsonSyntaxProblem.Find(Text);

        Assert.Equal(new JsonSyntaxProblem(3, 10, "expected ',' or a closing '}' or ']' after the value, found '2' (a missing comma?)"), problem);
    }
}
