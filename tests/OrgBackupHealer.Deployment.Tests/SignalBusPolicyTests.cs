using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// The central signal bus and who may put events on it. moto's CloudFormation skips AWS::Events::EventBusPolicy, so
/// the policy is checked from the template itself.
/// </summary>
public sealed class SignalBusPolicyTests
{
    [Fact]
    public async Task SignalBusIsNamedAfterTheStack()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();

        // Act
        var bus = SamTemplate.Resource(template, "SignalBus");

        // Assert
        Assert.Equal("AWS::Events::EventBus", bus["Type"]!.GetValue<string>());
        Assert.Equal("${AWS::StackName}-signals", bus["Properties"]!["Name"]!["Fn::Sub"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnlyAccountsOfTheOrganizationMayPutEventsOnTheSignalBus()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();

        // Act
        var policy = SamTemplate.Resource(template, "SignalBusPolicy");
        var statement = policy["Properties"]!["Statement"]!;

        // Assert
        Assert.Equal("AWS::Events::EventBusPolicy", policy["Type"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(GetAtt("SignalBus", "Name"), policy["Properties"]!["EventBusName"]));
        Assert.Equal("Allow", statement["Effect"]!.GetValue<string>());
        Assert.Equal("*", statement["Principal"]!.GetValue<string>());
        Assert.Equal(["events:PutEvents"], SamTemplate.OneOrMany(statement["Action"]).Select(a => a.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(GetAtt("SignalBus", "Arn"), statement["Resource"]));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["Ref"] = "OrganizationId" }, statement["Condition"]!["StringEquals"]!["aws:PrincipalOrgID"]));
    }

    [Fact]
    public async Task SignalBusAcceptsOnlyOrganizationsCloudTrailEvents()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();

        // Act
        var condition = SamTemplate.Resource(template, "SignalBusPolicy")["Properties"]!["Statement"]!["Condition"]!;

        // Assert: API calls (error and drift signals) and service events (EffectivePolicyValidation), nothing else.
        Assert.Equal(
            ["AWS API Call via CloudTrail", "AWS Service Event via CloudTrail"],
            SamTemplate.OneOrMany(condition["StringEquals"]!["events:detail-type"]).Select(d => d.GetValue<string>()));
        Assert.Equal(["aws.organizations"], SamTemplate.OneOrMany(condition["ForAllValues:StringEquals"]!["events:source"]).Select(s => s.GetValue<string>()));
    }

    [Fact]
    public async Task SignalBusAdmitsEverySourceAndDetailTypeTheForwarderSends()
    {
        // Arrange: a forwarded event the policy refuses fails in the sending account, seen only through its dead letters.
        var condition = SamTemplate.Resource(await SamTemplate.LoadAsync(), "SignalBusPolicy")["Properties"]!["Statement"]!["Condition"]!;
        var detailTypes = SamTemplate.OneOrMany(condition["StringEquals"]!["events:detail-type"]).Select(d => d.GetValue<string>()).ToList();
        var sources = SamTemplate.OneOrMany(condition["ForAllValues:StringEquals"]!["events:source"]).Select(s => s.GetValue<string>()).ToList();
        var forwarder = await SamTemplate.LoadAsync(SignalRules.ForwarderTemplate);

        // Act
        var patterns = SignalRules.All(SignalRules.ForwarderTemplate)
            .Select(rule => SamTemplate.Resource(forwarder, rule)["Properties"]!["EventPattern"]!)
            .ToList();

        // Assert
        Assert.All(patterns, pattern =>
        {
            Assert.All(SamTemplate.OneOrMany(pattern["detail-type"]), d => Assert.Contains(d.GetValue<string>(), detailTypes));
            Assert.All(SamTemplate.OneOrMany(pattern["source"]), s => Assert.Contains(s.GetValue<string>(), sources));
        });
    }

    [Theory]
    [InlineData("o-a1b2c3d4e5", true)]
    [InlineData("o-exampleorgid1234567890abcdefghij", true)]
    [InlineData("o-short", false)]
    [InlineData("o-A1B2C3D4E5", false)]
    [InlineData("a1b2c3d4e5", false)]
    [InlineData("", false)]
    [InlineData("o-a1b2c3d4e5,o-f6g7h8i9j0", false)]
    public async Task OrganizationIdParameterAcceptsOnlyAnOrganizationId(string value, bool accepted)
    {
        // Arrange: OrganizationId has no default, so every deployment names its organization.
        var parameter = (await SamTemplate.LoadAsync())["Parameters"]!["OrganizationId"]!;

        // Act
        var matches = Regex.IsMatch(value, parameter["AllowedPattern"]!.GetValue<string>());

        // Assert
        Assert.Null(parameter["Default"]);
        Assert.Equal(accepted, matches);
    }

    private static JsonObject GetAtt(string logicalId, string attribute) =>
        new() { ["Fn::GetAtt"] = new JsonArray(logicalId, attribute) };
}
