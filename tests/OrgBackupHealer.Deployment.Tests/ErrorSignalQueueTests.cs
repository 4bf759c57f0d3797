using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// The error-signal queue, its dead-letter queue, its policy and the function's event source mapping, read from the
/// template. moto's CloudFormation skips AWS::SQS::QueuePolicy, so the policy is checked here; the rest is also
/// rehearsed in moto (DeployRehearsalTests).
/// </summary>
public sealed class ErrorSignalQueueTests
{
    public const string Queue = "ErrorSignalQueue";
    public const string QueueDeadLetters = "ErrorSignalDeadLetterQueue";
    public const string Mapping = "ErrorSignals";

    [Fact]
    public async Task OnlyTheTwoErrorSignalRulesMaySendToTheQueue()
    {
        // Arrange
        var policy = SamTemplate.Resource(await SamTemplate.LoadAsync(), "ErrorSignalQueuePolicy")["Properties"]!;

        // Act
        var statements = SamTemplate.OneOrMany(policy["PolicyDocument"]!["Statement"]).ToList();
        var allow = Assert.Single(statements, s => s["Effect"]!.GetValue<string>() == "Allow");

        // Assert
        Assert.True(JsonNode.DeepEquals(new JsonArray(new JsonObject { ["Ref"] = Queue }), policy["Queues"]));
        Assert.Equal("events.amazonaws.com", allow["Principal"]!["Service"]!.GetValue<string>());
        Assert.Equal(["sqs:SendMessage"], SamTemplate.OneOrMany(allow["Action"]).Select(a => a.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(GetAtt(Queue, "Arn"), allow["Resource"]));
        Assert.Equal(
            [.. SignalRules.ErrorRules(SignalRules.HealerTemplate).Select(rule => GetAtt(rule, "Arn").ToJsonString())],
            SamTemplate.OneOrMany(allow["Condition"]!["ArnEquals"]!["aws:SourceArn"]).Select(arn => arn.ToJsonString()));
        Assert.Single(statements, s => s["Effect"]!.GetValue<string>() == "Deny"
            && s["Condition"]?["Bool"]?["aws:SecureTransport"]?.GetValue<string>() == "false");
    }

    [Fact]
    public async Task QueueIsEncryptedAndRedrivesToItsOwnEncryptedDeadLetterQueue()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();

        // Act
        var queue = SamTemplate.Resource(template, Queue)["Properties"]!;
        var deadLetters = SamTemplate.Resource(template, QueueDeadLetters)["Properties"]!;

        // Assert: not the rules' dead-letter queue, so its alarm says which path lost what.
        Assert.True(queue["SqsManagedSseEnabled"]!.GetValue<bool>());
        Assert.True(deadLetters["SqsManagedSseEnabled"]!.GetValue<bool>());
        Assert.True(JsonNode.DeepEquals(GetAtt(QueueDeadLetters, "Arn"), queue["RedrivePolicy"]!["deadLetterTargetArn"]));
        Assert.Equal(1_209_600, deadLetters["MessageRetentionPeriod"]!.GetValue<int>());
    }

    [Fact]
    public async Task AThrottledBatchIsRetriedForSixFunctionTimeoutsAndAMessageSurvivesTenReceivesWithinItsRetention()
    {
        // Arrange: AWS's guidance for an SQS source of a function with reserved concurrency: visibility timeout at
        // least six times the function's timeout, maxReceiveCount at least 5.
        var template = await SamTemplate.LoadAsync();
        var function = SamTemplate.Resource(template, "HealerFunction")["Properties"]!;
        var queue = SamTemplate.Resource(template, Queue)["Properties"]!;

        // Act
        var timeout = function["Timeout"]!.GetValue<int>();
        var visibility = queue["VisibilityTimeout"]!.GetValue<int>();
        var receives = queue["RedrivePolicy"]!["maxReceiveCount"]!.GetValue<int>();
        var retention = queue["MessageRetentionPeriod"]!.GetValue<int>();

        // Assert
        Assert.True(visibility >= 6 * timeout, $"VisibilityTimeout {visibility} < 6 x Timeout {timeout}");
        Assert.True(receives >= 5, $"maxReceiveCount {receives} < 5");
        Assert.True(retention > visibility * receives, "messages would expire before their receives run out");
    }

    [Fact]
    public async Task FunctionReadsTheQueueInWindowedBatchesWithPartialFailuresAndAtMostTwoConcurrentBatches()
    {
        // Arrange
        var function = SamTemplate.Resource(await SamTemplate.LoadAsync(), "HealerFunction")["Properties"]!;

        // Act
        var mapping = function["Events"]![Mapping]!;
        var properties = mapping["Properties"]!;

        // Assert: reserved concurrency 1 stays (one reconcile at a time); MaximumConcurrency cannot go below 2.
        Assert.Equal("SQS", mapping["Type"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(GetAtt(Queue, "Arn"), properties["Queue"]));
        Assert.Equal(10_000, properties["BatchSize"]!.GetValue<int>());
        Assert.Equal("ErrorSignalBatchingWindowSeconds", properties["MaximumBatchingWindowInSeconds"]!["Ref"]!.GetValue<string>());
        Assert.Equal(["ReportBatchItemFailures"], SamTemplate.OneOrMany(properties["FunctionResponseTypes"]).Select(t => t.GetValue<string>()));
        Assert.Equal(2, properties["ScalingConfig"]!["MaximumConcurrency"]!.GetValue<int>());
        Assert.Equal(1, function["ReservedConcurrentExecutions"]!.GetValue<int>());
    }

    [Fact]
    public async Task BatchingWindowParameterDefaultsToTwentySecondsWithinTheLimitsOfTheMapping()
    {
        // Arrange
        var parameter = (await SamTemplate.LoadAsync())["Parameters"]!["ErrorSignalBatchingWindowSeconds"]!;

        // Act
        var (defaultValue, min, max) = (parameter["Default"]!.GetValue<int>(), parameter["MinValue"]!.GetValue<int>(), parameter["MaxValue"]!.GetValue<int>());

        // Assert: a batch size above 10 needs a window of at least 1 s; the mapping allows up to 300 s.
        Assert.Equal((20, 1, 300), (defaultValue, min, max));
    }

    [Fact]
    public async Task FunctionRoleMayOnlyReceiveDeleteAndReadAttributesOnTheErrorSignalQueue()
    {
        // Arrange
        var statements = await RoleStatements.LoadAsync();

        // Act
        var sqs = statements.Where(s => RoleStatements.Actions(s).Any(a => a.StartsWith("sqs:", StringComparison.Ordinal))).ToList();
        var reading = Assert.Single(sqs, s => RoleStatements.Actions(s).Contains("sqs:ReceiveMessage"));

        // Assert
        Assert.Equal(["sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"], RoleStatements.Actions(reading).Order(StringComparer.Ordinal));
        Assert.True(JsonNode.DeepEquals(GetAtt(Queue, "Arn"), reading["Resource"]));
        Assert.All(sqs.Where(s => s != reading), s => Assert.Equal(["sqs:SendMessage"], RoleStatements.Actions(s)));
    }

    private static JsonObject GetAtt(string logicalId, string attribute) =>
        new() { ["Fn::GetAtt"] = new JsonArray(logicalId, attribute) };
}
