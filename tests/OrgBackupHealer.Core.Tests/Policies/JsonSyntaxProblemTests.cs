using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Tests.Policies;

public sealed class JsonSyntaxProblemTests
{
    [Theory]
    [InlineData("{\"plans\": }", 1, 11, "expected a value")]
    [InlineData("{\n  \"é\": [1 2]\n}", 2, 11, "expected ',' or a closing")]
    [InlineData("{\"a\":1,}", 1, 8, "a comma before a closing")]
    [InlineData("{\"a\":1} // note", 1, 9, "comments are not allowed")]
    [InlineData("{'a':1}", 1, 2, "expected a key in double quotes")]
    [InlineData("{\"plans\": {", 1, 12, "ends before every")]
    [InlineData("", 1, 1, "the text is empty")]
    [InlineData("{\"a\":1,\n \"a\":2}", 2, 2, "the key \"a\" appears twice")]
    public void ReportsTheLineColumnAndAReasonInWords(string text, int line, int column, string reason)
    {
        var problem = JsonSyntaxProblem.Find(text);

        Assert.NotNull(problem);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WellFormedJsonHasNoProblem()
    {
        Assert.Null(JsonSyntaxProblem.Find("{\"plans\":{\"a\":[1,2,{\"b\":null}]},\"c\":{\"plans\":1}}"));
    }
}
