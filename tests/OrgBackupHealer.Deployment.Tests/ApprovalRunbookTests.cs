using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// Issue 24's template: the approval runbook (an Automation document: aws:approve, then the healer invoked with the
/// proposal id), its role that may only invoke the function (and notify the approvers), the approval topic, and the
/// rule that routes incident events to the alarm topic, created in moto as deployed.
/// </summary>
public sealed class ApprovalRunbookTests(DeployRehearsals rehearsals) : IClassFixture<DeployRehearsals>
{
    public const string IncidentRule = "IncidentNotificationRule";

    [Fact]
    public async Task TheHealersOwnIncidentEventsNeverTriggerItsSignalRulesAndAlwaysReachTheIncidentRule()
    {
        // Arrange: one incident event of each documented kind, as EventBridge delivers them.
        var directory = Directory.CreateTempSubdirectory("obh-incidents-").FullName;
        foreach (var (kind, detailType) in Testing.IncidentEventSchema.DetailTypes())
        {
            var incident = new JsonObject
            {
                ["version"] = "0",
                ["id"] = Guid.NewGuid().ToString(),
                ["detail-type"] = detailType,
                ["source"] = "org-backup-healer",
                ["account"] = "111111111111",
                ["time"] = "2026-12-06T08:00:00Z",
                ["region"] = "us-east-1",
                ["resources"] = new JsonArray(),
                ["detail"] = new JsonObject { ["kind"] = kind, ["summary"] = "s", ["owner"] = "platform", ["policy"] = "baseline" },
            };
            await File.WriteAllTextAsync(Path.Combine(directory, kind + ".json"), incident.ToJsonString());
        }

        // Act
        var matches = await EventPatternMatches.ComputeAsync(SignalRules.HealerTemplate, directory);

        // Assert
        var triggered = matches.FileNames.SelectMany(f => matches.Rules.Where(r => r != IncidentRule && matches.Delivered(f, r)).Select(r => $"{f} -> {r}"));
        Assert.Empty(triggered);
        Assert.Equal(11, matches.FileNames.Count());
        Assert.All(matches.FileNames, f => Assert.True(matches.Delivered(f, IncidentRule), f));
    }

    [Fact]
    public void TheDeployRehearsalCreatesTheApprovalRunbookWithItsTwoSteps()
    {
        // Arrange
        var rehearsal = rehearsals.For(SignalRules.HealerTemplate);

        // Act
        var document = rehearsal.Documents["ApprovalRunbook"];
        var steps = document["content"]!["mainSteps"]!.AsArray();

        // Assert
        Assert.Equal("Automation", document["DocumentType"]!.GetValue<string>());
        Assert.Equal(rehearsal.Outputs["ApprovalRunbookName"], document["Name"]!.GetValue<string>());
        Assert.Equal(["aws:approve", "aws:invokeLambdaFunction"], steps.Select(s => s!["action"]!.GetValue<string>()));
        Assert.Equal(rehearsal.Outputs["HealerFunctionName"], steps[1]!["inputs"]!["FunctionName"]!.GetValue<string>());
        Assert.Contains("\"approveProposal\": \"{{ ProposalId }}\"", steps[1]!["inputs"]!["Payload"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("{{ Approvers }}", steps[0]!["inputs"]!["Approvers"]!.GetValue<string>());
        Assert.Equal(rehearsal.Outputs["ApprovalTopicArn"], document["content"]!["parameters"]!["NotificationArn"]!["default"]!.GetValue<string>());
    }

    [Fact]
    public void TheDeployRehearsalCreatesTheIncidentRuleWithTheAlarmTopicAsItsReadableTarget()
    {
        // Arrange
        var rehearsal = rehearsals.For(SignalRules.HealerTemplate);

        // Act
        var rule = rehearsal.Rule("IncidentNotificationRule");
        var target = Assert.Single(rule["deployed"]!["targets"]!.AsArray())!;

        // Assert
        Assert.Equal("default", rule["bus"]!.GetValue<string>());
        Assert.Equal(rehearsal.Outputs["AlarmTopicArn"], target["Arn"]!.GetValue<string>());
        Assert.Contains("<summary>", target["InputTransformer"]!["InputTemplate"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"source":["org-backup-healer"]}"""), rule["deployed"]!["pattern"]));
    }

    [Fact]
    public async Task TheRunbookRoleMayOnlyInvokeTheHealerAndNotifyItsApprovers()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();

        // Act
        var statements = SamTemplate.Resource(template, "ApprovalRunbookRole")["Properties"]!["Policies"]!.AsArray()
            .SelectMany(p => p!["PolicyDocument"]!["Statement"]!.AsArray()).Select(s => s!.AsObject()).ToList();

        // Assert
        Assert.Equal(["lambda:InvokeFunction", "sns:Publish"], statements.Select(s => s["Action"]!.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Fn::GetAtt":["HealerFunction","Arn"]}"""), statements[0]["Resource"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Ref":"ApprovalTopic"}"""), statements[1]["Resource"]));
    }

    [Fact]
    public async Task TheFunctionMayPutEventsOnItsIncidentBusOnly()
    {
        // Arrange
        var statements = await RoleStatements.LoadAsync();

        // Act
        var putEvents = statements.Where(s => RoleStatements.Actions(s).Contains("events:PutEvents")).ToList();

        // Assert
        var statement = Assert.Single(putEvents);
        Assert.Equal(["events:PutEvents"], RoleStatements.Actions(statement));
        Assert.Contains("event-bus/${IncidentBusName}", statement["Resource"]!.ToJsonString(), StringComparison.Ordinal);
    }
}
