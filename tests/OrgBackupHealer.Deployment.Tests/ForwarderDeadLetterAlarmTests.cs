using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// A signal a member account's forwarder could not deliver reaches the healer's account within minutes: the forwarder
/// alarms on its dead-letter queue and notifies the healer's alarm topic, whose policy (and key) admit exactly that
/// alarm from the organization's accounts, and only when forwarding is on.
/// </summary>
public sealed class ForwarderDeadLetterAlarmTests
{
    private const string AlarmNameSuffix = "-forwarder-dead-letters";

    [Fact]
    public async Task TheForwarderAlarmsOnItsFirstDeadLetterAndNotifiesTheHealersTopic()
    {
        // Arrange
        var alarm = SamTemplate.Resource(await SamTemplate.LoadAsync(SignalRules.ForwarderTemplate), "DeadLetterAlarm")["Properties"]!;

        // Act
        var dimension = Assert.Single(alarm["Dimensions"]!.AsArray())!;

        // Assert
        Assert.Equal("AWS/SQS", alarm["Namespace"]!.GetValue<string>());
        Assert.Equal("ApproximateNumberOfMessagesVisible", alarm["MetricName"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Fn::GetAtt": ["DeadLetterQueue", "QueueName"]}"""), dimension["Value"]));
        Assert.Equal("GreaterThanThreshold", alarm["ComparisonOperator"]!.GetValue<string>());
        Assert.Equal(0, alarm["Threshold"]!.GetValue<int>());
        Assert.InRange(alarm["Period"]!.GetValue<int>() * alarm["EvaluationPeriods"]!.GetValue<int>(), 60, 300);
        var topic = JsonNode.Parse("""[{"Ref": "AlarmTopicArn"}]""");
        Assert.True(JsonNode.DeepEquals(topic, alarm["AlarmActions"]));
        Assert.True(JsonNode.DeepEquals(topic, alarm["OKActions"]));
    }

    [Fact]
    public async Task TheForwardersAlarmIsNamedAfterTheCentralBus()
    {
        // Arrange
        var alarm = SamTemplate.Resource(await SamTemplate.LoadAsync(SignalRules.ForwarderTemplate), "DeadLetterAlarm")["Properties"]!;

        // Act
        var name = alarm["AlarmName"]!["Fn::Sub"]!.AsArray();

        // Assert: the bus is <healer stack>-signals, so the alarm is <healer stack>-signals-forwarder-dead-letters.
        Assert.Equal("${Bus}" + AlarmNameSuffix, name[0]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"Fn::Select": [1, {"Fn::Split": ["/", {"Ref": "CentralEventBusArn"}]}]}"""), name[1]!["Bus"]));
    }

    [Theory]
    [InlineData("AlarmTopicPolicy", "PolicyDocument")]
    [InlineData("AlarmTopicKey", "KeyPolicy")]
    public async Task TheHealersTopicAdmitsTheForwardersAlarmFromTheOrganizationWhenForwardingIsOn(string resource, string document)
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();
        var bus = SamTemplate.Resource(template, "SignalBus")["Properties"]!["Name"]!["Fn::Sub"]!.GetValue<string>();

        // Act
        var conditional = SamTemplate.OneOrMany(SamTemplate.Resource(template, resource)["Properties"]![document]!["Statement"])
            .Select(s => s["Fn::If"]).OfType<JsonArray>().Single();
        var statement = conditional[1]!;

        // Assert
        Assert.Equal("ForwardOrgSignals", conditional[0]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Ref": "AWS::NoValue"}"""), conditional[2]));
        Assert.Equal("cloudwatch.amazonaws.com", statement["Principal"]!["Service"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Ref": "OrganizationId"}"""), statement["Condition"]!["StringEquals"]!["aws:SourceOrgID"]));
        Assert.Equal(
            "arn:${AWS::Partition}:cloudwatch:us-east-1:*:alarm:" + bus + AlarmNameSuffix,
            statement["Condition"]!["ArnLike"]!["aws:SourceArn"]!["Fn::Sub"]!.GetValue<string>());
    }
}
