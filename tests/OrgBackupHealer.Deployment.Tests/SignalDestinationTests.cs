using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// Where each events/ fixture ends up on the healer's stack, whichever bus it arrives on: error signals in the
/// error-signal queue (read in batches), drift and effective-policy signals directly at the function, everything else
/// nowhere. Matched with moto's
/// EventBridge pattern engine and the rules' states, the destinations read from the rules' targets.
/// </summary>
public sealed class SignalDestinationTests(RepositoryEventsMatches fixtures) : IClassFixture<RepositoryEventsMatches>
{
    private const string Queue = "queue";
    private const string Function = "function";
    private const string Nowhere = "nowhere";

    /// <summary>Every fixture needs a row here.</summary>
    private static readonly (string File, string Destination)[] s_expected =
    [
        ("access-denied-attach-policy.json", Queue),
        ("access-denied-exception.json", Queue),
        ("too-many-requests-list-policies.json", Queue),
        ("throttling-exception.json", Queue),
        ("member-access-denied-iam-user.json", Queue),
        ("member-access-denied-assumed-role.json", Queue),
        ("member-access-denied-root-user.json", Queue),
        ("member-access-denied-aws-service.json", Queue),
        ("member-too-many-requests-describe-organization.json", Queue),
        ("detach-managed-policy.json", Function),
        ("update-managed-policy.json", Function),
        ("disable-policy-type.json", Function),
        ("delegated-admin-detach-policy.json", Function),
        // Delivered, then ignored by the function (EventsIgnored unrelated): see EventPatternTests.
        ("unrelated-scp-change.json", Function),
        // A coverage check of the account it names, at once.
        ("effective-policy-invalid.json", Function),
        ("effective-policy-valid.json", Function),
        ("self-generated-error.json", Nowhere),
        ("member-describe-organization.json", Nowhere),
        // The schedule rule has no pattern: it invokes the function on its own (ScheduleInvokesTheFunctionDirectly).
        ("scheduled.json", Nowhere),
    ];

    public static TheoryData<string, string> ExpectedDestinations
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (file, destination) in s_expected)
            {
                data.Add(file, destination);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ExpectedDestinations))]
    public async Task EachFixtureGoesToTheQueueOrDirectlyToTheFunction(string fileName, string expected)
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();
        var matches = fixtures.For(SignalRules.HealerTemplate);

        // Act
        var destinations = matches.Rules
            .Where(rule => matches.Delivered(fileName, rule))
            .Select(rule => DestinationOf(template, rule))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        // Assert
        Assert.Equal(expected == Nowhere ? [] : [expected], destinations);
    }

    [Fact]
    public void EveryEventsFixtureHasAnExpectedDestination()
    {
        // Arrange
        var expected = s_expected.Select(row => row.File).Order(StringComparer.Ordinal);

        // Act
        var matchedFiles = fixtures.For(SignalRules.HealerTemplate).FileNames.Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(expected, matchedFiles);
    }

    [Fact]
    public async Task ScheduleInvokesTheFunctionDirectly()
    {
        // Arrange
        var function = SamTemplate.Resource(await SamTemplate.LoadAsync(), "HealerFunction")["Properties"]!;

        // Act
        var schedules = function["Events"]!.AsObject().Where(e => e.Value!["Type"]!.GetValue<string>() == "Schedule").ToList();

        // Assert: a SAM event of the function is a rule whose target is the function itself.
        Assert.Single(schedules);
    }

    private static string DestinationOf(JsonObject template, string rule)
    {
        var target = Assert.Single(SamTemplate.OneOrMany(SamTemplate.Resource(template, rule)["Properties"]!["Targets"]));
        var logicalId = target["Arn"]!["Fn::GetAtt"]![0]!.GetValue<string>();
        return logicalId switch
        {
            ErrorSignalQueueTests.Queue => Queue,
            "HealerFunction" => Function,
            _ => throw new InvalidOperationException($"{rule} targets {logicalId}"),
        };
    }
}
