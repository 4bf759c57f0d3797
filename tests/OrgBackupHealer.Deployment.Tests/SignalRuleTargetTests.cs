using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// Where the signal rules deliver: every target retries and ends in a dead-letter queue that admits it, the healer's
/// rules may invoke the function, and the forwarder reaches the central bus through a role that can do nothing else.
/// </summary>
public sealed class SignalRuleTargetTests
{
    public static TheoryData<string> Templates => [.. SignalRules.Templates];

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task EveryRuleTargetRetriesAndEndsInTheDeadLetterQueue(string template)
    {
        // Arrange
        var rules = EventRules(await SamTemplate.LoadAsync(template)).ToList();

        // Act
        var targets = rules.SelectMany(rule => SamTemplate.OneOrMany(rule.Value["Properties"]!["Targets"])).ToList();

        // Assert
        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.NotEmpty(SamTemplate.OneOrMany(rule.Value["Properties"]!["Targets"])));
        Assert.All(targets, target =>
        {
            Assert.True(target["RetryPolicy"]?["MaximumRetryAttempts"]?.GetValue<int>() > 0, target.ToJsonString());
            Assert.True(JsonNode.DeepEquals(DeadLetterQueueArn, target["DeadLetterConfig"]?["Arn"]), target.ToJsonString());
        });
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task DeadLetterQueueAdmitsEveryRuleThatSendsToIt(string template)
    {
        // Arrange
        var loaded = await SamTemplate.LoadAsync(template);
        var statement = SamTemplate.OneOrMany(SamTemplate.Resource(loaded, "DeadLetterQueuePolicy")["Properties"]!["PolicyDocument"]!["Statement"])
            .Single(s => s["Effect"]!.GetValue<string>() == "Allow");

        // Act
        var admitted = SamTemplate.OneOrMany(statement["Condition"]!["ArnEquals"]!["aws:SourceArn"]).ToList();

        // Assert
        Assert.All(EventRules(loaded), rule => Assert.Contains(admitted, arn => JsonNode.DeepEquals(GetAtt(rule.Key, "Arn"), arn)));
    }

    [Theory]
    [InlineData(SignalRules.DriftSignal, SignalRules.OrgDriftSignal)]
    [InlineData(SignalRules.EffectivePolicySignal, SignalRules.OrgEffectivePolicySignal)]
    public async Task DriftAndEffectivePolicyRulesTargetTheFunctionWhichLetsEachOfThemInvokeIt(string defaultBusRule, string signalBusRule)
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();
        var permissions = InvokePermissions(template);

        // Act
        var rules = EventRules(template).Where(r => r.Key == defaultBusRule || r.Key == signalBusRule).ToList();

        // Assert
        Assert.Equal(2, rules.Count);
        Assert.All(rules, rule =>
        {
            var target = Assert.Single(SamTemplate.OneOrMany(rule.Value["Properties"]!["Targets"]));
            Assert.True(JsonNode.DeepEquals(GetAtt("HealerFunction", "Arn"), target["Arn"]), rule.Key);
            Assert.Single(permissions, p =>
                JsonNode.DeepEquals(GetAtt(rule.Key, "Arn"), p["SourceArn"])
                && p["Principal"]!.GetValue<string>() == "events.amazonaws.com"
                && p["Action"]!.GetValue<string>() == "lambda:InvokeFunction"
                && JsonNode.DeepEquals(GetAtt("HealerFunction", "Arn"), p["FunctionName"]));
        });
    }

    [Fact]
    public async Task ErrorRulesTargetTheErrorSignalQueueAndMayNotInvokeTheFunction()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();
        var permissions = InvokePermissions(template);

        // Act
        var rules = EventRules(template).Where(r => SignalRules.ErrorRules(SignalRules.HealerTemplate).Contains(r.Key)).ToList();

        // Assert
        Assert.Equal(2, rules.Count);
        Assert.All(rules, rule =>
        {
            var target = Assert.Single(SamTemplate.OneOrMany(rule.Value["Properties"]!["Targets"]));
            Assert.True(JsonNode.DeepEquals(GetAtt(ErrorSignalQueueTests.Queue, "Arn"), target["Arn"]), rule.Key);
            Assert.DoesNotContain(permissions, p => JsonNode.DeepEquals(GetAtt(rule.Key, "Arn"), p["SourceArn"]));
        });
    }

    [Fact]
    public async Task OnlyTheDriftAndEffectivePolicyRulesMayInvokeTheFunction()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();
        string[] direct = [.. SignalRules.DriftRules(SignalRules.HealerTemplate), .. SignalRules.EffectivePolicyRules(SignalRules.HealerTemplate)];

        // Act: the rules the template's EventBridge invoke permissions name (SAM adds the schedule's when it transforms).
        var permitted = InvokePermissions(template)
            .Where(p => p["Principal"]!.GetValue<string>() == "events.amazonaws.com")
            .Select(p => p["SourceArn"]!["Fn::GetAtt"]![0]!.GetValue<string>());

        // Assert
        Assert.Equal(direct.Order(StringComparer.Ordinal), permitted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ForwarderRulesReachTheCentralBusThroughTheirRole()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync(SignalRules.ForwarderTemplate);

        // Act
        var targets = EventRules(template).Select(rule => Assert.Single(SamTemplate.OneOrMany(rule.Value["Properties"]!["Targets"]))).ToList();

        // Assert: a bus in another account that admits the sender by organization requires the role.
        Assert.Equal(SignalRules.All(SignalRules.ForwarderTemplate).Count, targets.Count);
        Assert.All(targets, target =>
        {
            Assert.True(JsonNode.DeepEquals(new JsonObject { ["Ref"] = "CentralEventBusArn" }, target["Arn"]));
            Assert.True(JsonNode.DeepEquals(GetAtt("ForwarderRole", "Arn"), target["RoleArn"]));
        });
    }

    [Fact]
    public async Task ForwarderRoleCanOnlyPutEventsOnTheCentralBusAndOnlyEventBridgeOfThisAccountAssumesIt()
    {
        // Arrange
        var role = SamTemplate.Resource(await SamTemplate.LoadAsync(SignalRules.ForwarderTemplate), "ForwarderRole")["Properties"]!;

        // Act
        var statements = SamTemplate.OneOrMany(role["Policies"])
            .SelectMany(policy => SamTemplate.OneOrMany(policy["PolicyDocument"]!["Statement"])).ToList();
        var trust = Assert.Single(SamTemplate.OneOrMany(role["AssumeRolePolicyDocument"]!["Statement"]));

        // Assert
        var statement = Assert.Single(statements);
        Assert.Equal("Allow", statement["Effect"]!.GetValue<string>());
        Assert.Equal(["events:PutEvents"], SamTemplate.OneOrMany(statement["Action"]).Select(a => a.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["Ref"] = "CentralEventBusArn" }, statement["Resource"]));
        Assert.Equal("events.amazonaws.com", trust["Principal"]!["Service"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["Ref"] = "AWS::AccountId" }, trust["Condition"]!["StringEquals"]!["aws:SourceAccount"]));
    }

    [Fact]
    public async Task ForwarderRoleTrustsOnlyTheArnsOfItsOwnRules()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync(SignalRules.ForwarderTemplate);
        var role = SamTemplate.Resource(template, "ForwarderRole")["Properties"]!;

        // Act: each rule's name, and each ARN the trust policy admits, as their Fn::Sub (text and variables).
        var trust = Assert.Single(SamTemplate.OneOrMany(role["AssumeRolePolicyDocument"]!["Statement"]));
        var admitted = SamTemplate.OneOrMany(trust["Condition"]!["ArnEquals"]!["aws:SourceArn"]).Select(a => a["Fn::Sub"]!.AsArray()).ToList();
        var names = EventRules(template).Select(rule => rule.Value["Properties"]!["Name"]!["Fn::Sub"]!.AsArray()).ToList();

        // Assert: one ARN per rule, on this account's default bus, with the rule's own name.
        Assert.Equal(SignalRules.All(SignalRules.ForwarderTemplate).Count, names.Count);
        Assert.Equal(names.Count, admitted.Count);
        foreach (var name in names)
        {
            Assert.Contains(admitted, arn =>
                arn[0]!.GetValue<string>() == "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/" + name[0]!.GetValue<string>()
                && JsonNode.DeepEquals(arn[1], name[1]));
        }
    }

    [Fact]
    public async Task ForwarderRuleNamesFitEventBridgesLimitWithTheStackId()
    {
        // Arrange: a rule name has at most 64 characters; the stack id's last segment is a 36-character UUID.
        const int StackUuidLength = 36;
        var template = await SamTemplate.LoadAsync(SignalRules.ForwarderTemplate);

        // Act
        var names = EventRules(template).Select(rule => rule.Value["Properties"]!["Name"]!["Fn::Sub"]![0]!.GetValue<string>()).ToList();

        // Assert
        Assert.NotEmpty(names);
        Assert.All(names, name =>
        {
            Assert.EndsWith("${StackUuid}", name, StringComparison.Ordinal);
            Assert.True(name.Length - "${StackUuid}".Length + StackUuidLength <= 64, name);
        });
    }

    private static JsonObject DeadLetterQueueArn => GetAtt("DeadLetterQueue", "Arn");

    private static List<JsonNode> InvokePermissions(JsonObject template) =>
    [
        .. template["Resources"]!.AsObject()
            .Where(r => r.Value!["Type"]!.GetValue<string>() == "AWS::Lambda::Permission")
            .Select(r => r.Value!["Properties"]!),
    ];

    private static IEnumerable<KeyValuePair<string, JsonNode>> EventRules(JsonObject template) =>
        template["Resources"]!.AsObject()
            .Where(r => r.Value!["Type"]!.GetValue<string>() == "AWS::Events::Rule")
            .Select(r => new KeyValuePair<string, JsonNode>(r.Key, r.Value!));

    private static JsonObject GetAtt(string logicalId, string attribute) =>
        new() { ["Fn::GetAtt"] = new JsonArray(logicalId, attribute) };
}
