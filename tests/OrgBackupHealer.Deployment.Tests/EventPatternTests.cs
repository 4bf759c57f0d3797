using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

public sealed class EventPatternTests(RepositoryEventsMatches fixtures) : IClassFixture<RepositoryEventsMatches>
{
    /// <summary>Which signal each events/ fixture must raise (error, drift, effective policy). Every fixture needs a row here.</summary>
    private static readonly (string File, bool ErrorSignal, bool DriftSignal, bool EffectivePolicySignal)[] s_expected =
    [
        ("access-denied-attach-policy.json", true, false, false),
        ("access-denied-exception.json", true, false, false),
        ("too-many-requests-list-policies.json", true, false, false),
        ("throttling-exception.json", true, false, false),
        ("detach-managed-policy.json", false, true, false),
        ("update-managed-policy.json", false, true, false),
        ("disable-policy-type.json", false, true, false),
        ("self-generated-error.json", false, false, false),
        // A DetachPolicy event carries only the policy id, never its type, so no pattern can tell an SCP detach
        // from a detach of the managed backup policy: the rule delivers it and the function ignores it
        // (EventsIgnored, Reason unrelated) without reconciling.
        ("unrelated-scp-change.json", false, true, false),
        ("scheduled.json", false, false, false),
        ("member-access-denied-iam-user.json", true, false, false),
        ("member-access-denied-assumed-role.json", true, false, false),
        ("member-access-denied-root-user.json", true, false, false),
        ("member-access-denied-aws-service.json", true, false, false),
        // Read-only: only a rule in state ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS receives it.
        ("member-too-many-requests-describe-organization.json", true, false, false),
        ("member-describe-organization.json", false, false, false),
        ("delegated-admin-detach-policy.json", false, true, false),
        // AWS's documented EffectivePolicyValidation records of a backup policy: read-only service events, delivered
        // only by the effective-policy rules (state ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS).
        ("effective-policy-invalid.json", false, false, true),
        ("effective-policy-valid.json", false, false, true),
    ];

    /// <summary>Every row for each template that declares signal rules.</summary>
    public static TheoryData<string, string, bool, bool, bool> ExpectedDeliveries
    {
        get
        {
            var data = new TheoryData<string, string, bool, bool, bool>();
            foreach (var template in SignalRules.Templates)
            {
                foreach (var (file, errorSignal, driftSignal, effectivePolicySignal) in s_expected)
                {
                    data.Add(template, file, errorSignal, driftSignal, effectivePolicySignal);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ExpectedDeliveries))]
    public void RulesDeliverEachFixtureAsExpected(string template, string fileName, bool errorSignal, bool driftSignal, bool effectivePolicySignal)
    {
        // Arrange
        var matches = fixtures.For(template);

        // Act
        var errorRules = SignalRules.ErrorRules(template).Select(rule => matches.Delivered(fileName, rule));
        var driftRules = SignalRules.DriftRules(template).Select(rule => matches.Delivered(fileName, rule));
        var effectivePolicyRules = SignalRules.EffectivePolicyRules(template).Select(rule => matches.Delivered(fileName, rule));

        // Assert: the same answer from every copy of the rule (both buses of the healer's stack, the forwarder).
        Assert.All(errorRules, delivered => Assert.Equal(errorSignal, delivered));
        Assert.All(driftRules, delivered => Assert.Equal(driftSignal, delivered));
        Assert.All(effectivePolicyRules, delivered => Assert.Equal(effectivePolicySignal, delivered));
    }

    [Fact]
    public void EveryEventsFixtureHasAnExpectedDelivery()
    {
        // Arrange
        var expected = s_expected.Select(row => row.File).Order(StringComparer.Ordinal);

        // Act
        var matchedFiles = fixtures.For(SignalRules.HealerTemplate).FileNames.Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(expected, matchedFiles);
    }

    [Theory]
    [InlineData(SignalRules.HealerTemplate)]
    [InlineData(SignalRules.ForwarderTemplate)]
    public void TheHealersOwnThrottledCallReachesNoRuleOfTheTemplate(string template)
    {
        // Arrange: every rule with a pattern, so a rule added later is covered too.
        var matches = fixtures.For(template);

        // Act
        var delivering = matches.Rules.Where(rule => matches.Delivered("self-generated-error.json", rule));

        // Assert
        Assert.NotEmpty(matches.Rules);
        Assert.Empty(delivering);
    }

    [Fact]
    public void HealerStackListensOnTheDefaultBusAndOnItsSignalBus()
    {
        // Arrange
        var matches = fixtures.For(SignalRules.HealerTemplate);
        var signalBus = new JsonObject { ["Fn::GetAtt"] = new JsonArray("SignalBus", "Name") };

        // Act
        var buses = matches.Rules.Where(rule => rule != ApprovalRunbookTests.IncidentRule).ToDictionary(rule => rule, matches.Bus);

        // Assert
        Assert.Equal(SignalRules.All(SignalRules.HealerTemplate).Order(StringComparer.Ordinal), buses.Keys.Order(StringComparer.Ordinal));
        foreach (var rule in new[] { SignalRules.ErrorSignal, SignalRules.DriftSignal, SignalRules.EffectivePolicySignal })
        {
            Assert.Equal("default", buses[rule].GetValue<string>());
        }

        foreach (var rule in new[] { SignalRules.OrgErrorSignal, SignalRules.OrgDriftSignal, SignalRules.OrgEffectivePolicySignal })
        {
            Assert.True(JsonNode.DeepEquals(signalBus, buses[rule]), $"{rule}: {buses[rule].ToJsonString()}");
        }
    }

    [Theory]
    [InlineData(SignalRules.ErrorSignal, SignalRules.OrgErrorSignal, SignalRules.ErrorSignalForward)]
    [InlineData(SignalRules.DriftSignal, SignalRules.OrgDriftSignal, SignalRules.DriftSignalForward)]
    [InlineData(SignalRules.EffectivePolicySignal, SignalRules.OrgEffectivePolicySignal, SignalRules.EffectivePolicySignalForward)]
    public void EveryCopyOfASignalRuleHasTheSamePatternAndState(string defaultBusRule, string signalBusRule, string forwarderRule)
    {
        // Arrange
        var healer = fixtures.For(SignalRules.HealerTemplate);
        var forwarder = fixtures.For(SignalRules.ForwarderTemplate);

        // Act
        var pattern = healer.Pattern(defaultBusRule);
        var state = healer.State(defaultBusRule);

        // Assert
        Assert.True(JsonNode.DeepEquals(pattern, healer.Pattern(signalBusRule)), $"{signalBusRule} differs from {defaultBusRule}");
        Assert.True(JsonNode.DeepEquals(pattern, forwarder.Pattern(forwarderRule)), $"{forwarderRule} differs from {defaultBusRule}");
        Assert.Equal(state, healer.State(signalBusRule));
        Assert.Equal(state, forwarder.State(forwarderRule));
    }

    [Theory]
    [InlineData(SignalRules.HealerTemplate)]
    [InlineData(SignalRules.ForwarderTemplate)]
    public async Task ErrorRulesDeliverTheSelfGeneratedErrorWhenAnotherRoleMadeTheCall(string template)
    {
        // Arrange: the healer's own throttled call, replayed as if another role had made it.
        var replayed = await WithCallerRoleAsync("self-generated-error.json", "arn:aws:iam::111111111111:role/SomeOtherAutomation");

        // Act
        var matches = await MatchAloneAsync(template, replayed);

        // Assert: the caller's role alone kept the original out of the rules.
        Assert.All(SignalRules.ErrorRules(template), rule => Assert.True(matches.Delivered("event.json", rule), rule));
    }

    [Theory]
    [InlineData(SignalRules.HealerTemplate)]
    [InlineData(SignalRules.ForwarderTemplate)]
    public async Task DriftRulesIgnoreTheHealersOwnUpdatePolicy(string template)
    {
        // Arrange: the content restore the healer itself performs.
        var ownUpdate = await WithCallerRoleAsync("update-managed-policy.json", EventPatternMatches.FixtureRoleArn);

        // Act
        var matches = await MatchAloneAsync(template, ownUpdate);

        // Assert
        Assert.All(SignalRules.DriftRules(template), rule => Assert.False(matches.Delivered("event.json", rule), rule));
    }

    [Theory]
    [InlineData(SignalRules.HealerTemplate)]
    [InlineData(SignalRules.ForwarderTemplate)]
    public async Task DriftRulesIgnoreUpdatesOfOtherPolicyTypes(string template)
    {
        // Arrange
        var scpUpdate = await ReadFixtureAsync("update-managed-policy.json");
        scpUpdate["detail"]!["responseElements"]!["policy"]!["policySummary"]!["type"] = "SERVICE_CONTROL_POLICY";

        // Act
        var matches = await MatchAloneAsync(template, scpUpdate);

        // Assert
        Assert.All(SignalRules.DriftRules(template), rule => Assert.False(matches.Delivered("event.json", rule), rule));
    }

    [Theory]
    [InlineData(SignalRules.HealerTemplate)]
    [InlineData(SignalRules.ForwarderTemplate)]
    public async Task EffectivePolicyRulesIgnoreValidationsOfOtherPolicyTypes(string template)
    {
        // Arrange: the invalid record, as Organizations writes it for a tag policy.
        var tagPolicy = await ReadFixtureAsync("effective-policy-invalid.json");
        tagPolicy["detail"]!["serviceEventDetails"]!["policyType"] = "TAG_POLICY";

        // Act
        var matches = await MatchAloneAsync(template, tagPolicy);

        // Assert: no rule of the template wakes the healer for another policy type's validation.
        Assert.All(SignalRules.EffectivePolicyRules(template), rule => Assert.False(matches.Delivered("event.json", rule), rule));
        Assert.DoesNotContain(matches.Rules, rule => matches.Delivered("event.json", rule));
    }

    [Theory]
    [InlineData(SignalRules.HealerTemplate)]
    [InlineData(SignalRules.ForwarderTemplate)]
    public async Task EffectivePolicyRulesAskForReadOnlyManagementEvents(string template)
    {
        // Arrange: the records are readOnly: true. EventBridge promises read-only management events only to a rule in
        // this state; the matcher models the plain ENABLED filter by its Describe*/Get*/List* names alone, so it cannot
        // tell the two states apart for these records and the state is checked itself.
        var records = await Task.WhenAll(s_expected.Where(row => row.EffectivePolicySignal).Select(row => ReadFixtureAsync(row.File)));
        var matches = fixtures.For(template);

        // Act
        var states = SignalRules.EffectivePolicyRules(template).Select(matches.State);

        // Assert
        Assert.All(records, record => Assert.True(record["detail"]!["readOnly"]!.GetValue<bool>()));
        Assert.All(states, state => Assert.Equal("ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS", state));
    }

    [Theory]
    [InlineData(SignalRules.HealerTemplate)]
    [InlineData(SignalRules.ForwarderTemplate)]
    public async Task ErrorRulesMissAThrottledReadOnlyCallOnceTheirStateIsPlainEnabled(string template)
    {
        // Arrange: the same rules with ENABLED instead of ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS.
        var directory = Directory.CreateTempSubdirectory("healer-template-");
        var copy = Path.Combine(directory.FullName, Path.GetFileName(template));
        var text = await File.ReadAllTextAsync(RepositoryRoot.Combine(template));
        await File.WriteAllTextAsync(copy, text.Replace("State: ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS", "State: ENABLED", StringComparison.Ordinal));
        try
        {
            // Act
            var matches = await EventPatternMatches.ComputeAsync(copy, RepositoryEventsMatches.EventsDirectory);

            // Assert: why the state matters; the real rules deliver this event (RulesDeliverEachFixtureAsExpected).
            Assert.All(SignalRules.ErrorRules(template), rule =>
                Assert.False(matches.Delivered("member-too-many-requests-describe-organization.json", rule), rule));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<JsonNode> ReadFixtureAsync(string fileName) =>
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryEventsMatches.EventsDirectory, fileName)))
            ?? throw new InvalidOperationException($"{fileName} is empty");

    private static async Task<JsonNode> WithCallerRoleAsync(string fileName, string roleArn)
    {
        var fixture = await ReadFixtureAsync(fileName);
        fixture["detail"]!["userIdentity"]!["sessionContext"]!["sessionIssuer"]!["arn"] = roleArn;
        return fixture;
    }

    private static async Task<EventPatternMatches> MatchAloneAsync(string template, JsonNode mutatedEvent)
    {
        var directory = Directory.CreateTempSubdirectory("healer-events-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "event.json"), mutatedEvent.ToJsonString());
            return await EventPatternMatches.ComputeAsync(template, directory.FullName);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
