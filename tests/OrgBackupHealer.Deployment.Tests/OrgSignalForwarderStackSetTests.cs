using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// The StackSet that puts the forwarder in every account of the chosen OUs. moto's CloudFormation skips
/// AWS::CloudFormation::StackSet, so its properties are checked from the template itself.
/// </summary>
public sealed class OrgSignalForwarderStackSetTests
{
    private const string StackSet = "OrgSignalForwarderStackSet";

    [Fact]
    public async Task StackSetDeploysTheForwarderTemplateVerbatim()
    {
        // Arrange
        var forwarder = await File.ReadAllTextAsync(RepositoryRoot.Combine("templates", "org-signal-forwarder.yaml"));

        // Act
        var body = (await Properties())["TemplateBody"]!.GetValue<string>();

        // Assert
        Assert.True(body == forwarder, "The StackSet's TemplateBody differs from templates/org-signal-forwarder.yaml: run python3 tests/tools/sync_forwarder_body.py");
    }

    [Fact]
    public async Task StackSetIsServiceManagedAndFollowsAccountsIntoAndOutOfTheOrganizationalUnits()
    {
        // Arrange
        var properties = await Properties();

        // Act
        var autoDeployment = properties["AutoDeployment"]!;
        var group = Assert.Single(properties["StackInstancesGroup"]!.AsArray())!;

        // Assert
        Assert.Equal("SERVICE_MANAGED", properties["PermissionModel"]!.GetValue<string>());
        Assert.True(autoDeployment["Enabled"]!.GetValue<bool>());
        Assert.False(autoDeployment["RetainStacksOnAccountRemoval"]!.GetValue<bool>());
        Assert.Equal(["us-east-1"], group["Regions"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"Fn::Split": [",", {"Ref": "ForwarderOrganizationalUnitIds"}]}"""),
            group["DeploymentTargets"]!["OrganizationalUnitIds"]));
    }

    [Fact]
    public async Task StackSetLeavesOutTheHealersOwnAccountWhichTheDefaultBusRulesCover()
    {
        // Arrange
        var properties = await Properties();

        // Act
        var targets = properties["StackInstancesGroup"]![0]!["DeploymentTargets"]!;

        // Assert: a forwarder here would deliver each of this account's events twice.
        Assert.Equal("DIFFERENCE", targets["AccountFilterType"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"Ref": "AWS::AccountId"}]"""), targets["Accounts"]));
    }

    [Fact]
    public async Task StackSetHandsTheForwarderTheSignalBusTheHealersRoleAndItsAlarmTopic()
    {
        // Arrange
        var forwarderParameters = (await SamTemplate.LoadAsync(SignalRules.ForwarderTemplate))["Parameters"]!.AsObject().Select(p => p.Key);

        // Act
        var passed = (await Properties())["Parameters"]!.AsArray()
            .ToDictionary(p => p!["ParameterKey"]!.GetValue<string>(), p => p!["ParameterValue"], StringComparer.Ordinal);

        // Assert
        Assert.Equal(forwarderParameters.Order(StringComparer.Ordinal), passed.Keys.Order(StringComparer.Ordinal));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Fn::GetAtt": ["SignalBus", "Arn"]}"""), passed["CentralEventBusArn"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Fn::GetAtt": ["HealerFunctionRole", "Arn"]}"""), passed["HealerRoleArn"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Ref": "AlarmTopic"}"""), passed["AlarmTopicArn"]));
    }

    [Fact]
    public async Task ForwardingIsOffUnlessSwitchedOnWithOrganizationalUnits()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();

        // Act
        var stackSet = SamTemplate.Resource(template, StackSet);
        var condition = template["Conditions"]!["ForwardOrgSignals"]!.ToJsonString();

        // Assert
        Assert.Equal("ForwardOrgSignals", stackSet["Condition"]!.GetValue<string>());
        Assert.Equal("disabled", template["Parameters"]!["OrgSignalForwarding"]!["Default"]!.GetValue<string>());
        Assert.Contains("""{"Fn::Equals":[{"Ref":"OrgSignalForwarding"},"enabled"]}""", condition, StringComparison.Ordinal);
        Assert.Contains("ForwarderOrganizationalUnitIds", template["Rules"]!["ForwardingNeedsTargets"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StackSetIsCreatedAsTheStackSetsDelegatedAdministratorWhenTheHealerRunsInOne()
    {
        // Arrange
        var properties = await Properties();

        // Act
        var callAs = properties["CallAs"];

        // Assert
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Fn::If": ["HealerInDelegatedAdministrator", "DELEGATED_ADMIN", "SELF"]}"""), callAs));
    }

    private static async Task<JsonNode> Properties() =>
        SamTemplate.Resource(await SamTemplate.LoadAsync(), StackSet)["Properties"]!;
}
