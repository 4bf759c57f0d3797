using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Core.Tests;

public class DesiredTargetsTests
{
    [Theory]
    [InlineData("root")]
    [InlineData("r-ab12")]
    [InlineData("ou-ab12-cdef3456")]
    [InlineData("111111111111")]
    public void AcceptsRootAndTheModelsTargetIdForms(string targetId) => Assert.True(DesiredTargets.IsValid(targetId));

    [Theory]
    [InlineData("")]
    [InlineData("Root")]
    [InlineData("r-AB12")]
    [InlineData("ou-bad")]
    [InlineData("11111111111")]
    [InlineData("p-abcd1234")]
    [InlineData("root ")]
    public void RejectsAnythingElse(string targetId) => Assert.False(DesiredTargets.IsValid(targetId));
}
