using Amazon.DynamoDBv2.Model;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Moto;

/// <summary>
/// <c>state show</c> and <c>state reset-flap-guard</c> against a state table in moto_server, written by the healer's
/// own store as the Lambda writes it.
/// </summary>
[Collection(MotoServerDefinition.Name)]
[Trait("Needs", "moto")]
public sealed class StateCommandTests(MotoServerFixture moto)
{
    [Fact]
    public async Task ShowPrintsTheSettledTimeTheHealingRunsTheActorsAndTheClaims()
    {
        // Arrange
        using var rig = await StateTableRig.CreateAsync(moto.Server);
        var now = StateTableRig.Now;
        await rig.Store.UpdateStateAsync(
            s => s.WithSettledAt(now.AddMinutes(-5)).WithHealingRunIf(true, now.AddMinutes(-20)).WithHealingRunIf(true, now.AddMinutes(-90))
                .WithActor(new DriftActor("arn:aws:iam::111111111111:user/terraform", "DetachPolicy", now.AddMinutes(-21))),
            default);
        await rig.Store.TryClaimEventAsync("evt-live", "attempt-1", now, now.AddMinutes(5), default);
        await rig.Store.TryClaimEventAsync("evt-old", "attempt-2", now.AddDays(-2), now.AddDays(-2).AddMinutes(5), default);

        // Act
        var run = await rig.Cli.RunAsync("state", "show", "--state-table", rig.Table);

        // Assert
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Last settled:  2025-11-27 15:55:00 UTC (5 min ago)", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 healing run(s) in the last hour, limit 6: not tripped", run.Out, StringComparison.Ordinal);
        Assert.Contains("Healing runs:  2025-11-27 15:40:00 UTC", run.Out, StringComparison.Ordinal);
        Assert.Contains("DetachPolicy  arn:aws:iam::111111111111:user/terraform", run.Out, StringComparison.Ordinal);
        Assert.Contains("Event claims:  1 in force", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "in the future: check this machine's clock")]
    [InlineData(0, "0 s ago")]
    [InlineData(-0.5, "30 s ago")]
    [InlineData(-1, "1 min ago")]
    [InlineData(-119, "119 min ago")]
    [InlineData(-120, "2 h ago")]
    [InlineData(-47 * 60, "47 h ago")]
    [InlineData(-48 * 60, "2 days ago")]
    public async Task ShowSaysHowLongAgoTheOrganizationSettledInTheUnitThatReadsBest(double minutes, string ago)
    {
        using var rig = await StateTableRig.CreateAsync(moto.Server);
        var settled = StateTableRig.Now.AddMinutes(minutes);
        await rig.Store.UpdateStateAsync(s => s.WithSettledAt(settled), default);

        var run = await rig.Cli.RunAsync("state", "show", "--state-table", rig.Table);

        Assert.Contains($"Last settled:  {settled:yyyy-MM-dd HH:mm:ss} UTC ({ago}):", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowExitsTwoWhenTheFlapGuardIsTrippedAndSaysWhenWritingResumes()
    {
        // Arrange: six runs in the hour, the oldest 50 minutes ago.
        using var rig = await StateTableRig.CreateAsync(moto.Server);
        await rig.RecordHealingRunsAsync(50, 40, 30, 20, 10, 1);

        // Act
        var run = await rig.Cli.RunAsync("state", "show", "--state-table", rig.Table, "--output", "json");

        // Assert
        Assert.Equal(2, run.ExitCode);
        var json = run.Json();
        Assert.Equal("flapGuardTripped", json.GetProperty("status").GetString());
        Assert.True(json.GetProperty("flapGuardTripped").GetBoolean());
        Assert.Equal(6, json.GetProperty("healingRuns").GetArrayLength());
        Assert.Equal(StateTableRig.Now.AddMinutes(10), json.GetProperty("writingResumesAt").GetDateTimeOffset());
        Assert.Contains("TRIPPED", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3", 2)]
    [InlineData("4", 0)]
    public async Task ShowJudgesTheFlapGuardByTheGivenLimit(string limit, int exitCode)
    {
        // Arrange
        using var rig = await StateTableRig.CreateAsync(moto.Server);
        await rig.RecordHealingRunsAsync(30, 20, 10);

        // Act
        var run = await rig.Cli.RunAsync("state", "show", "--state-table", rig.Table, "--max-healing-runs-per-hour", limit);

        // Assert
        Assert.Equal(exitCode, run.ExitCode);
    }

    [Fact]
    public async Task ShowNamesAnUnreadableStateItemAndReadsItAsEmpty()
    {
        // Arrange
        using var rig = await StateTableRig.CreateAsync(moto.Server);
        await rig.DynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = rig.Table,
            Item = new() { ["pk"] = new AttributeValue { S = "state" }, ["healingRuns"] = new AttributeValue { S = "six" }, ["version"] = new AttributeValue { N = "4" } },
        });

        // Act
        var run = await rig.Cli.RunAsync("state", "show", "--state-table", rig.Table, "--output", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("healingRuns is the string \"six\", not a list", run.Json().GetProperty("unreadable").GetString());
        Assert.Equal(0, run.Json().GetProperty("healingRuns").GetArrayLength());
    }

    [Fact]
    public async Task ResetWithYesClearsTheHealingRunsAndKeepsTheRest()
    {
        // Arrange
        using var rig = await StateTableRig.CreateAsync(moto.Server);
        await rig.Store.UpdateStateAsync(s => s.WithSettledAt(StateTableRig.Now.AddMinutes(-2)), default);
        await rig.RecordHealingRunsAsync(50, 40, 30, 20, 10, 1);

        // Act
        var reset = await rig.Cli.RunAsync("state", "reset-flap-guard", "--state-table", rig.Table, "--yes", "--output", "json");
        var show = await rig.Cli.RunAsync("state", "show", "--state-table", rig.Table);

        // Assert
        Assert.True(reset.ExitCode == 0, reset.Error);
        Assert.Equal("reset", reset.Json().GetProperty("status").GetString());
        Assert.Equal(6, reset.Json().GetProperty("healingRunsCleared").GetInt32());
        var stored = await rig.StoredStateAsync();
        Assert.Empty(stored.HealingRuns);
        Assert.Equal(StateTableRig.Now.AddMinutes(-2), stored.LastSettledAt);
        Assert.Equal(0, show.ExitCode);
    }

    [Fact]
    public async Task ResetWithoutYesWritesNothingWhenNobodyCanBeAsked()
    {
        // Arrange
        using var rig = await StateTableRig.CreateAsync(moto.Server);
        await rig.RecordHealingRunsAsync(10, 5);

        // Act
        var run = await rig.Cli.RunAsync("state", "reset-flap-guard", "--state-table", rig.Table);

        // Assert
        Assert.Equal(4, run.ExitCode);
        Assert.Contains("error: refusing to write without confirmation", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, (await rig.StoredStateAsync()).HealingRuns.Count);
    }

    [Theory]
    [InlineData("n\n", 4, 2)]
    [InlineData("y\n", 0, 0)]
    public async Task ResetAsksFirst(string answer, int exitCode, int runsLeft)
    {
        // Arrange
        using var rig = await StateTableRig.CreateAsync(moto.Server);
        await rig.RecordHealingRunsAsync(10, 5);

        // Act
        var run = await rig.Cli.RunAsync(answer, interactive: true, "state", "reset-flap-guard", "--state-table", rig.Table);

        // Assert
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains($"Clear 2 healing run(s) from {rig.Table} so the healer writes again? [y/N]", run.Error, StringComparison.Ordinal);
        Assert.Equal(runsLeft, (await rig.StoredStateAsync()).HealingRuns.Count);
    }

    [Fact]
    public async Task ResetReplacesAnUnreadableStateItem()
    {
        // Arrange
        using var rig = await StateTableRig.CreateAsync(moto.Server);
        await rig.DynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = rig.Table,
            Item = new() { ["pk"] = new AttributeValue { S = "state" }, ["version"] = new AttributeValue { S = "edited" } },
        });

        // Act
        var run = await rig.Cli.RunAsync("state", "reset-flap-guard", "--state-table", rig.Table, "--yes");

        // Assert
        Assert.True(run.ExitCode == 0, run.Error);
        await rig.StoredStateAsync();
        Assert.Empty(rig.Reported);
    }

    [Fact]
    public async Task ResetWithNothingRecordedWritesNothing()
    {
        // Arrange
        using var rig = await StateTableRig.CreateAsync(moto.Server);

        // Act
        var run = await rig.Cli.RunAsync("state", "reset-flap-guard", "--state-table", rig.Table, "--output", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("nothingToReset", run.Json().GetProperty("status").GetString());
        var item = (await rig.DynamoDb.GetItemAsync(rig.Table, new() { ["pk"] = new AttributeValue { S = "state" } })).Item;
        Assert.True(item is null || item.Count == 0);
    }

    [Fact]
    public async Task AMissingTableIsAnErrorThatNamesTheStackOutput()
    {
        // Arrange
        using var rig = await StateTableRig.CreateAsync(moto.Server);

        // Act
        var run = await rig.Cli.RunAsync("state", "show", "--state-table", "no-such-table", "--output", "json");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: state table 'no-such-table' does not exist", run.Error, StringComparison.Ordinal);
        Assert.Contains("StateTableName", run.Error, StringComparison.Ordinal);
        Assert.Equal("failed", run.Json().GetProperty("status").GetString());
    }
}
