using OrgBackupHealer.Core.Desired;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>template.yaml's parameter defaults restate Core's defaults; these keep the two from drifting apart.</summary>
public sealed class TemplateDefaultsTests
{
    [Theory]
    [InlineData("PolicyName", HealerDefaults.PolicyName)]
    [InlineData("MetricsNamespace", HealerDefaults.MetricsNamespace)]
    public async Task TemplateParameterDefaultIsTheCoreDefault(string parameter, string coreDefault)
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();

        // Act
        var templateDefault = template["Parameters"]?[parameter]?["Default"]?.GetValue<string>();

        // Assert
        Assert.Equal(coreDefault, templateDefault);
    }
}
