using System.Globalization;
using System.Text.RegularExpressions;
using OrgBackupHealer.Function.Configuration;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// The patterns the function (and the template, which carries the same strings) checks whole numbers with accept
/// exactly the documented range; HealerConfiguration.Load agrees at every bound.
/// </summary>
public sealed class ConfigurationLimitsTests
{
    [Theory]
    [InlineData(ConfigurationLimits.CoalesceSecondsPattern, ConfigurationLimits.MinCoalesceSeconds, ConfigurationLimits.MaxCoalesceSeconds)]
    [InlineData(ConfigurationLimits.HealingRunsPerHourPattern, ConfigurationLimits.MinHealingRunsPerHour, ConfigurationLimits.MaxHealingRunsPerHour)]
    [InlineData(ConfigurationLimits.ProposalHoursPattern, ConfigurationLimits.MinProposalHours, ConfigurationLimits.MaxProposalHours)]
    public void AWholeNumberPatternAcceptsExactlyItsRange(string pattern, int min, int max)
    {
        // Act
        var accepted = Enumerable.Range(min - 50, max - min + 100)
            .Where(n => Regex.IsMatch(n.ToString(CultureInfo.InvariantCulture), pattern))
            .ToList();

        // Assert
        Assert.Equal(Enumerable.Range(min, max - min + 1), accepted);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("0.0", true)]
    [InlineData(".25", true)]
    [InlineData("0.5", true)]
    [InlineData("0.89999", true)]
    [InlineData("0.9", true)]
    [InlineData("0.900", true)]
    [InlineData("0.9000000000000000001", false)]
    [InlineData("0.91", false)]
    [InlineData("0.95", false)]
    [InlineData("1", false)]
    [InlineData("00.5", false)]
    [InlineData("0.", false)]
    [InlineData("-0", false)]
    [InlineData("5e-1", false)]
    public void TheCoverageSharePatternAcceptsDecimalsFromZeroToNineTenths(string value, bool accepted)
    {
        // Act
        var matches = Regex.IsMatch(value, ConfigurationLimits.CoverageSharePattern);

        // Assert
        Assert.Equal(accepted, matches);
        if (matches)
        {
            Assert.InRange(double.Parse(value, CultureInfo.InvariantCulture), 0, ConfigurationLimits.MaxCoverageShare);
        }
    }

    [Theory]
    [InlineData(EnvironmentVariables.CoalesceSeconds, ConfigurationLimits.MinCoalesceSeconds - 1, false)]
    [InlineData(EnvironmentVariables.CoalesceSeconds, ConfigurationLimits.MinCoalesceSeconds, true)]
    [InlineData(EnvironmentVariables.CoalesceSeconds, ConfigurationLimits.MaxCoalesceSeconds, true)]
    [InlineData(EnvironmentVariables.CoalesceSeconds, ConfigurationLimits.MaxCoalesceSeconds + 1, false)]
    [InlineData(EnvironmentVariables.MaxHealingRunsPerHour, ConfigurationLimits.MinHealingRunsPerHour - 1, false)]
    [InlineData(EnvironmentVariables.MaxHealingRunsPerHour, ConfigurationLimits.MinHealingRunsPerHour, true)]
    [InlineData(EnvironmentVariables.MaxHealingRunsPerHour, ConfigurationLimits.MaxHealingRunsPerHour, true)]
    [InlineData(EnvironmentVariables.MaxHealingRunsPerHour, ConfigurationLimits.MaxHealingRunsPerHour + 1, false)]
    [InlineData(EnvironmentVariables.ProposalHours, ConfigurationLimits.MinProposalHours - 1, false)]
    [InlineData(EnvironmentVariables.ProposalHours, ConfigurationLimits.MinProposalHours, true)]
    [InlineData(EnvironmentVariables.ProposalHours, ConfigurationLimits.MaxProposalHours, true)]
    [InlineData(EnvironmentVariables.ProposalHours, ConfigurationLimits.MaxProposalHours + 1, false)]
    public void LoadAcceptsAWholeNumberExactlyWithinItsLimits(string variable, int value, bool accepted)
    {
        // Arrange
        var environment = new DictionaryEnvironment { [variable] = value.ToString(CultureInfo.InvariantCulture) };

        // Act
        var error = Record.Exception(() => HealerConfiguration.Load(environment.GetVariable, AppContext.BaseDirectory));

        // Assert
        Assert.Equal(accepted, error is null);
    }

    [Fact]
    public void ApproveModeMakesTheSinglePolicyAnApproveEntryWithTheConfiguredProposalLifetimeAndBus()
    {
        // Arrange
        var environment = new DictionaryEnvironment
        {
            [EnvironmentVariables.Mode] = "approve",
            [EnvironmentVariables.StateTable] = "healer-state",
            [EnvironmentVariables.ProposalHours] = "48",
            [EnvironmentVariables.IncidentBus] = "org-incidents",
        };

        // Act
        var configuration = HealerConfiguration.Load(environment.GetVariable, AppContext.BaseDirectory);

        // Assert
        Assert.Equal(Core.Desired.HealerMode.Approve, Assert.Single(configuration.Set.Entries).Mode);
        Assert.Equal(48, configuration.ProposalHours);
        Assert.Equal("org-incidents", configuration.IncidentBus);
    }

    [Fact]
    public void ApproveModeWithoutAStateTableIsRefusedAtStartUpBecauseItsProposalsWouldNotOutliveAColdStart()
    {
        // Arrange
        var environment = new DictionaryEnvironment { [EnvironmentVariables.Mode] = "approve" };

        // Act
        var error = Assert.Throws<ConfigurationException>(() => HealerConfiguration.Load(environment.GetVariable, AppContext.BaseDirectory));

        // Assert
        Assert.Contains($"an entry in approve mode keeps its proposals in the state table: set {EnvironmentVariables.StateTable}", error.Message, StringComparison.Ordinal);
    }
}
