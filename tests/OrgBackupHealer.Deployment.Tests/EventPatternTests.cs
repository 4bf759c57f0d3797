using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

public sealed class EventPatternTests(RepositoryEventsMatches fixtures) : IClassFixture<RepositoryEventsMatches>
{
    private const string ErrorSignal = "ErrorSignal";
    private const string DriftSignal = "DriftSignal";

    /// <summary>Which rule each events/ fixture must reach. Every fixture needs a row here.</summary>
    public static TheoryData<string, bool, bool> ExpectedMatches => new()
    {
        // file, error-signal rule, drift-signal rule
        { "access-denied-attach-policy.json", true, false },
        { "access-denied-exception.json", true, false },
        { "too-many-requests-list-policies.json", true, false },
        { "throttling-exception.json", true, false },
        { "detach-managed-policy.json", false, true },
        { "update-managed-policy.json", false, true },
        { "disable-policy-type.json", false, true },
        { "self-generated-error.json", false, false },
        // A DetachPolicy event carries only the policy id, never its type, so no pattern can tell an SCP detach
        // from a detach of the managed backup policy: the rule delivers it and the function ignores it
        // (EventsIgnored, Reason unrelated) without reconciling.
        { "unrelated-scp-change.json", false, true },
        { "scheduled.json", false, false },
        { "member-access-denied-iam-user.json", true, false },
        { "member-access-denied-assumed-role.json", true, false },
        { "member-access-denied-root-user.json", true, false },
        { "member-access-denied-aws-service.json", true, false },
        { "member-too-many-requests-describe-organization.json", true, false },
        { "member-describe-organization.json", false, false },
        { "delegated-admin-detach-policy.json", false, true },
    };

    [Theory]
    [MemberData(nameof(ExpectedMatches))]
    public void RulesMatchEachFixtureAsExpected(string fileName, bool errorSignal, bool driftSignal)
    {
        // Arrange
        var matches = fixtures.Matches;

        // Act
        var matchedErrorSignal = matches.Matched(fileName, ErrorSignal);
        var matchedDriftSignal = matches.Matched(fileName, DriftSignal);

        // Assert
        Assert.Equal(errorSignal, matchedErrorSignal);
        Assert.Equal(driftSignal, matchedDriftSignal);
    }

    [Fact]
    public void EveryEventsFixtureHasAnExpectedMatch()
    {
        // Arrange
        var expected = ExpectedMatches.Select(row => (string)row[0]).Order(StringComparer.Ordinal);

        // Act
        var matchedFiles = fixtures.Matches.FileNames.Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(expected, matchedFiles);
    }

    [Fact]
    public async Task ErrorSignalMatchesTheSelfGeneratedErrorWhenAnotherRoleMadeTheCall()
    {
        // Arrange: the healer's own throttled call, replayed as if another role had made it.
        var replayed = await WithCallerRoleAsync("self-generated-error.json", "arn:aws:iam::111111111111:role/SomeOtherAutomation");

        // Act
        var matched = await MatchesAloneAsync(replayed, ErrorSignal);

        // Assert: the caller's role alone kept the original out of the rule.
        Assert.True(matched);
    }

    [Fact]
    public async Task DriftSignalIgnoresTheHealersOwnUpdatePolicy()
    {
        // Arrange: the content restore the healer itself performs.
        var ownUpdate = await WithCallerRoleAsync("update-managed-policy.json", EventPatternMatches.FixtureRoleArn);

        // Act
        var matched = await MatchesAloneAsync(ownUpdate, DriftSignal);

        // Assert
        Assert.False(matched);
    }

    [Fact]
    public async Task DriftSignalIgnoresUpdatesOfOtherPolicyTypes()
    {
        // Arrange
        var scpUpdate = await ReadFixtureAsync("update-managed-policy.json");
        scpUpdate["detail"]!["responseElements"]!["policy"]!["policySummary"]!["type"] = "SERVICE_CONTROL_POLICY";

        // Act
        var matched = await MatchesAloneAsync(scpUpdate, DriftSignal);

        // Assert
        Assert.False(matched);
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

    private static async Task<bool> MatchesAloneAsync(JsonNode mutatedEvent, string rule)
    {
        var directory = Directory.CreateTempSubdirectory("healer-events-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "event.json"), mutatedEvent.ToJsonString());
            var matches = await EventPatternMatches.ComputeAsync(directory.FullName);
            return matches.Matched("event.json", rule);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
