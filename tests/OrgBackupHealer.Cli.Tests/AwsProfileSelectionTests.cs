using OrgBackupHealer.Cli.Organization;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>Which profile supplies credentials, in the AWS CLI's order: --profile, keys in the environment, AWS_PROFILE.</summary>
public sealed class AwsProfileSelectionTests
{
    private static readonly string s_missingProfile = "obh-no-such-profile-" + Guid.NewGuid().ToString("N");

    [Fact]
    public void TheRequestedProfileWinsOverKeysAndAwsProfile()
    {
        var chosen = AwsProfileSelection.Choose("ops", Environment(("AWS_ACCESS_KEY_ID", "AKID"), ("AWS_SECRET_ACCESS_KEY", "secret"), ("AWS_PROFILE", s_missingProfile)));

        Assert.Equal("ops", chosen);
    }

    [Fact]
    public void KeysInTheEnvironmentMeanNoProfileEvenWhenAwsProfileNamesOneThatDoesNotExist()
    {
        var chosen = AwsProfileSelection.Choose(" ", Environment(("AWS_ACCESS_KEY_ID", "AKID"), ("AWS_SECRET_ACCESS_KEY", "secret"), ("AWS_PROFILE", s_missingProfile)));

        Assert.Null(chosen);
    }

    [Theory]
    [InlineData("AWS_ACCESS_KEY_ID")]
    [InlineData("AWS_SECRET_ACCESS_KEY")]
    public void HalfAPairOfKeysIsNoKeysSoAwsProfileIsChecked(string onlyVariable)
    {
        var error = Assert.Throws<CliException>(() => AwsProfileSelection.Choose(null, Environment((onlyVariable, "value"), ("AWS_PROFILE", s_missingProfile))));

        Assert.Equal(
            $"AWS_PROFILE is set to '{s_missingProfile}', but there is no profile of that name in ~/.aws/config or ~/.aws/credentials. "
            + "Correct or unset AWS_PROFILE, or pass --profile with a profile that exists ('aws configure list-profiles' lists them).",
            error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void WithoutProfileKeysOrAwsProfileTheSdksChainDecides(string? awsProfile)
    {
        var chosen = AwsProfileSelection.Choose(null, name => name == "AWS_PROFILE" ? awsProfile : null);

        Assert.Null(chosen);
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
