using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// Each template created in moto's CloudFormation as it would be deployed (template.yaml packaged with an s3://
/// CodeUri and transformed by the SAM translator). moto skips the resource types it does not model
/// (EventBusPolicy, QueuePolicy, StackSet, Organizations ResourcePolicy, alarms, ...); their properties are checked from
/// the templates themselves (SignalBusPolicyTests, ErrorSignalQueueTests, OrgSignalForwarderStackSetTests,
/// DelegatedAdminPolicyTests).
/// </summary>
public sealed class DeployRehearsalTests(DeployRehearsals rehearsals) : IClassFixture<DeployRehearsals>
{
    public static TheoryData<string> Templates => [SignalRules.HealerTemplate, SignalRules.ForwarderTemplate, DelegatedAdminPolicy.Template];

    [Theory]
    [MemberData(nameof(Templates))]
    public void StackReachesCreateComplete(string template)
    {
        // Arrange
        var rehearsal = rehearsals.For(template);

        // Act
        var status = rehearsal.Status;

        // Assert
        Assert.True(status == "CREATE_COMPLETE", rehearsal.Transcript);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryResourceMotoCanCreateIsCreated(string template)
    {
        // Arrange
        var rehearsal = rehearsals.For(template);

        // Act: with every condition switched on, a resource is missing only when moto has no model for its type.
        var missing = rehearsal.NotCreated.Where(r => r["motoSupportsType"]!.GetValue<bool>()).Select(r => r["logicalId"]!.GetValue<string>());
        var incomplete = rehearsal.Created.Where(r => r["status"]!.GetValue<string>() != "CREATE_COMPLETE").Select(r => r["logicalId"]!.GetValue<string>());

        // Assert
        Assert.Empty(missing);
        Assert.Empty(incomplete);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryOutputResolvesToAValue(string template)
    {
        // Arrange
        var rehearsal = rehearsals.For(template);

        // Act
        var outputs = rehearsal.Outputs;

        // Assert
        Assert.Equal(rehearsal.TemplateOutputs.Order(StringComparer.Ordinal), outputs.Keys.Order(StringComparer.Ordinal));
        Assert.All(outputs, output =>
        {
            Assert.False(string.IsNullOrWhiteSpace(output.Value), output.Key);
            Assert.DoesNotContain("${", output.Value, StringComparison.Ordinal);
            Assert.DoesNotContain("Fn::", output.Value, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void HealerStackCreatesItsFunctionFromThePackagedCode()
    {
        // Arrange
        var rehearsal = rehearsals.For(SignalRules.HealerTemplate);

        // Act
        var function = Assert.Single(rehearsal.Created, r => r["logicalId"]!.GetValue<string>() == "HealerFunction");

        // Assert
        Assert.Equal("AWS::Lambda::Function", function["type"]!.GetValue<string>());
        Assert.Equal($"{DeployRehearsals.HealerStack}-healer", rehearsal.Outputs["HealerFunctionName"]);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryRuleCarriesItsResolvedPatternStateAndTargets(string template)
    {
        // Arrange
        var rehearsal = rehearsals.For(template);

        // Act
        var rules = rehearsal.Rules.ToList();

        // Assert
        Assert.All(rules, rule =>
        {
            var deployed = rule["deployed"];
            Assert.True(deployed is JsonObject, $"moto has no rule {rule["name"]} on bus {rule["bus"]}");
            Assert.True(JsonNode.DeepEquals(rule["expected"], deployed), $"{rule["logicalId"]}:\nexpected {rule["expected"]!.ToJsonString()}\ndeployed {deployed!.ToJsonString()}");
        });
    }

    [Fact]
    public void HealerRulesListenOnBothBusesAndExcludeTheDeployedRole()
    {
        // Arrange
        var rehearsal = rehearsals.For(SignalRules.HealerTemplate);
        var roleArn = rehearsal.Outputs["HealerFunctionRoleArn"];
        string[] defaultBus = [SignalRules.ErrorSignal, SignalRules.DriftSignal, SignalRules.EffectivePolicySignal];
        string[] signalBus = [SignalRules.OrgErrorSignal, SignalRules.OrgDriftSignal, SignalRules.OrgEffectivePolicySignal];
        // AWS emits EffectivePolicyValidation itself: no session issuer, so those rules have no self-exclusion.
        string[] excluding = [.. SignalRules.ErrorRules(SignalRules.HealerTemplate), .. SignalRules.DriftRules(SignalRules.HealerTemplate)];

        // Act
        var deployed = SignalRules.All(SignalRules.HealerTemplate).ToDictionary(id => id, rehearsal.Rule);

        // Assert
        Assert.StartsWith("arn:aws:iam::", roleArn, StringComparison.Ordinal);
        Assert.All(defaultBus, rule => Assert.Equal("default", deployed[rule]["bus"]!.GetValue<string>()));
        Assert.All(signalBus, rule => Assert.Equal(rehearsal.Outputs["SignalBusName"], deployed[rule]["bus"]!.GetValue<string>()));
        Assert.All(excluding, rule => Assert.Equal(roleArn, ExcludedRole(deployed[rule])));
    }

    [Fact]
    public void ErrorRulesSendToTheQueueAndDriftAndEffectivePolicyRulesInvokeTheFunctionAsDeployed()
    {
        // Arrange
        var rehearsal = rehearsals.For(SignalRules.HealerTemplate);
        var queueArn = rehearsal.Queues[ErrorSignalQueueTests.Queue]["QueueArn"]!.GetValue<string>();

        // Act
        string Target(string rule) => Assert.Single(rehearsal.Rule(rule)["deployed"]!["targets"]!.AsArray())!["Arn"]!.GetValue<string>();

        // Assert
        Assert.All(SignalRules.ErrorRules(SignalRules.HealerTemplate), rule => Assert.Equal(queueArn, Target(rule)));
        Assert.All(SignalRules.DriftRules(SignalRules.HealerTemplate), rule => Assert.Equal(rehearsal.Outputs["HealerFunctionArn"], Target(rule)));
        Assert.All(SignalRules.EffectivePolicyRules(SignalRules.HealerTemplate), rule => Assert.Equal(rehearsal.Outputs["HealerFunctionArn"], Target(rule)));
    }

    [Fact]
    public void ErrorSignalQueueAndItsDeadLetterQueueAreCreatedWithTheRedriveAndTimeoutsOfTheTemplate()
    {
        // Arrange
        var rehearsal = rehearsals.For(SignalRules.HealerTemplate);

        // Act
        var queue = rehearsal.Queues[ErrorSignalQueueTests.Queue];
        var deadLetters = rehearsal.Queues[ErrorSignalQueueTests.QueueDeadLetters];
        var redrive = JsonNode.Parse(queue["RedrivePolicy"]!.GetValue<string>())!;

        // Assert
        Assert.Equal("1800", queue["VisibilityTimeout"]!.GetValue<string>());
        Assert.Equal("true", queue["SqsManagedSseEnabled"]!.GetValue<string>());
        Assert.Equal("true", deadLetters["SqsManagedSseEnabled"]!.GetValue<string>());
        Assert.Equal(deadLetters["QueueArn"]!.GetValue<string>(), redrive["deadLetterTargetArn"]!.GetValue<string>());
        Assert.Equal(10, redrive["maxReceiveCount"]!.GetValue<int>());
        Assert.EndsWith($"{DeployRehearsals.HealerStack}-error-signals", queue["QueueArn"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionReadsTheErrorSignalQueueThroughTheDeployedEventSourceMapping()
    {
        // Arrange
        var rehearsal = rehearsals.For(SignalRules.HealerTemplate);

        // Act
        var mapping = Assert.Single(rehearsal.EventSourceMappings);

        // Assert: the SAM translator named it after the function and its event.
        Assert.Equal("HealerFunction" + ErrorSignalQueueTests.Mapping, mapping["logicalId"]!.GetValue<string>());
        Assert.Equal(rehearsal.Queues[ErrorSignalQueueTests.Queue]["QueueArn"]!.GetValue<string>(), mapping["EventSourceArn"]!.GetValue<string>());
        Assert.Equal(rehearsal.Outputs["HealerFunctionArn"], mapping["FunctionArn"]!.GetValue<string>());
        Assert.Equal(10_000, mapping["BatchSize"]!.GetValue<int>());
        Assert.Equal(20, mapping["MaximumBatchingWindowInSeconds"]!.GetValue<int>());
        Assert.Equal(["ReportBatchItemFailures"], mapping["FunctionResponseTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(2, mapping["ScalingConfig"]!["MaximumConcurrency"]!.GetValue<int>());
        Assert.Equal("Enabled", mapping["State"]!.GetValue<string>());
    }

    [Fact]
    public void ForwarderRulesSendToTheCentralBusThroughTheirRoleAndExcludeTheHealer()
    {
        // Arrange
        var rehearsal = rehearsals.For(SignalRules.ForwarderTemplate);

        // Act
        var rules = SignalRules.All(SignalRules.ForwarderTemplate).ToDictionary(id => id, rehearsal.Rule);

        // Assert: the effective-policy record is AWS's own, so only the error and drift rules exclude the healer.
        Assert.All(rules.Values, rule =>
        {
            var target = Assert.Single(rule["deployed"]!["targets"]!.AsArray())!;
            Assert.Equal("default", rule["bus"]!.GetValue<string>());
            Assert.Equal(DeployRehearsals.CentralBusArn, target["Arn"]!.GetValue<string>());
            Assert.Equal(rehearsal.Outputs["ForwarderRoleArn"], target["RoleArn"]!.GetValue<string>());
            Assert.NotNull(target["DeadLetterConfig"]?["Arn"]);
        });
        Assert.Equal(DeployRehearsals.HealerRoleArn, ExcludedRole(rules[SignalRules.ErrorSignalForward]));
        Assert.Equal(DeployRehearsals.HealerRoleArn, ExcludedRole(rules[SignalRules.DriftSignalForward]));
    }

    [Fact]
    public void HealerStackLeavesOnlyTheEventBusPolicyTheStackSetAndTypesMotoLacksToTheTemplateChecks()
    {
        // Arrange
        var rehearsal = rehearsals.For(SignalRules.HealerTemplate);

        // Act
        var skipped = rehearsal.NotCreated.Select(r => r["logicalId"]!.GetValue<string>()).ToList();

        // Assert: what moto skips is exactly what the template-level tests check instead.
        Assert.Contains("SignalBusPolicy", skipped);
        Assert.Contains("OrgSignalForwarderStackSet", skipped);
        Assert.Contains("ErrorSignalQueuePolicy", skipped);
        Assert.DoesNotContain("SignalBus", skipped);
        Assert.DoesNotContain(SignalRules.OrgErrorSignal, skipped);
        Assert.DoesNotContain(ErrorSignalQueueTests.Queue, skipped);
        Assert.DoesNotContain(ErrorSignalQueueTests.QueueDeadLetters, skipped);
        Assert.DoesNotContain("HealerFunction" + ErrorSignalQueueTests.Mapping, skipped);
    }

    /// <summary>The anything-but value of the pattern's self-exclusion (detail.userIdentity.$or[0]), as deployed.</summary>
    private static string? ExcludedRole(JsonObject rule) =>
        rule["deployed"]!["pattern"]!["detail"]!["userIdentity"]!["$or"]![0]!["sessionContext"]!["sessionIssuer"]!["arn"]![0]!["anything-but"]!.GetValue<string>();
}
