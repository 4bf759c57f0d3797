using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Function.Configuration;
using Env = OrgBackupHealer.Function.Configuration.EnvironmentVariables;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// What the environment read at init becomes: the mode, the policy set and its owner, the defaults, and the wording
/// of each refusal (the operator reads it in the init error).
/// </summary>
public sealed class HealerConfigurationTests
{
    [Theory]
    [InlineData(null, HealerMode.Enforce)]
    [InlineData("enforce", HealerMode.Enforce)]
    [InlineData("report", HealerMode.Report)]
    public void ReadsTheModeOfTheSinglePolicy(string? mode, HealerMode expected)
    {
        var configuration = Load(new() { [Env.Mode] = mode });

        Assert.Equal(expected, Assert.Single(configuration.Set.Entries).Mode);
    }

    [Fact]
    public void ReportModeMakesEveryEntryOfAPolicySetReportOnly()
    {
        // Arrange: the shipped set has an enforcing baseline and a reporting prod entry.
        var environment = new Dictionary<string, string?> { [Env.PolicySet] = "policy-set.json" };
        Assert.Contains(Load(environment).Set.Entries, e => e.Mode == HealerMode.Enforce);
        environment[Env.Mode] = "report";

        // Act
        var configuration = Load(environment);

        // Assert
        Assert.All(configuration.Set.Entries, e => Assert.Equal(HealerMode.Report, e.Mode));
    }

    [Fact]
    public void RefusesAnUnknownModeNamingEveryMode()
    {
        var error = LoadFails(new() { [Env.Mode] = "sometimes" });

        Assert.Contains("HEALER_MODE must be 'enforce', 'report' or 'approve', not 'sometimes'", error.Errors);
    }

    [Fact]
    public void AcceptsAnOwnerThatIsThePolicySetsOwner()
    {
        var configuration = Load(new() { [Env.PolicySet] = "policy-set.json", [Env.Owner] = "platform" });

        Assert.Equal("platform", configuration.Set.Owner);
    }

    [Fact]
    public void RefusesAnOwnerThatIsNotThePolicySetsOwner()
    {
        var error = LoadFails(new() { [Env.PolicySet] = "policy-set.json", [Env.Owner] = "payments" });

        var message = Assert.Single(error.Errors);
        Assert.StartsWith("HEALER_OWNER is 'payments' but the policy set's owner is 'platform'", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Env.PolicyName, "org-backup-baseline")]
    [InlineData(Env.PolicyFile, "backup-policy.json")]
    [InlineData(Env.TargetIds, "root")]
    [InlineData(Env.AdoptPolicyId, "p-abcd1234")]
    public void RefusesASinglePolicyVariableBesideAPolicySet(string variable, string value)
    {
        var error = LoadFails(new() { [Env.PolicySet] = "policy-set.json", [variable] = value });

        var message = Assert.Single(error.Errors);
        Assert.StartsWith($"{variable} is set together with HEALER_POLICY_SET", message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesThePolicySetFileInEachOfItsErrors()
    {
        var error = LoadFails(new() { [Env.PolicySet] = "no-such-set.json" });

        Assert.NotEmpty(error.Errors);
        var expectedStart = $"HEALER_POLICY_SET '{Path.Combine(AppContext.BaseDirectory, "no-such-set.json")}': ";
        Assert.All(error.Errors, e => Assert.StartsWith(expectedStart, e, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Env.CoalesceSeconds, "a whole number from 0 to 3600")]
    [InlineData(Env.MaxHealingRunsPerHour, "a whole number from 1 to 1000")]
    public void SaysWhichWholeNumbersAreAllowed(string variable, string allowed)
    {
        var error = LoadFails(new() { [variable] = "many" });

        Assert.Contains(allowed, Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptsAPolicyNameOfExactlyTheLongestLength()
    {
        var name = new string('n', ConfigurationLimits.MaxPolicyNameLength);

        var configuration = Load(new() { [Env.PolicyName] = name });

        Assert.Equal(name, Assert.Single(configuration.Set.Entries).PolicyName);
    }

    [Fact]
    public void NamesTheServiceByItsVariableOrElseByTheDefault()
    {
        Assert.Equal(HealerDefaults.ServiceName, Load([]).ServiceName);
        Assert.Equal("backup-healer-eu", Load(new() { [Env.ServiceName] = "backup-healer-eu" }).ServiceName);
    }

    [Fact]
    public void AnInvalidConfigurationSaysEveryProblemInItsMessage()
    {
        var error = new ConfigurationException(["first problem", "second problem"]);

        Assert.Equal("Invalid configuration: first problem; second problem", error.Message);
        Assert.Equal(["first problem", "second problem"], error.Errors);
    }

    private static HealerConfiguration Load(Dictionary<string, string?> environment) =>
        HealerConfiguration.Load(name => environment.GetValueOrDefault(name), AppContext.BaseDirectory);

    private static ConfigurationException LoadFails(Dictionary<string, string?> environment) =>
        Assert.Throws<ConfigurationException>(() => Load(environment));
}
