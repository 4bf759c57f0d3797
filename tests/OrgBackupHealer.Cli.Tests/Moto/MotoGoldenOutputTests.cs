using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Moto;

/// <summary>
/// What a person reads from the commands that work on the state table, word for word: proposals, approve and reject
/// on a proposal the pipeline recorded, state show and state reset-flap-guard on a state the healer's store wrote (the
/// rig's clock is fixed; the table name and the proposal id are replaced by placeholders).
/// </summary>
[Collection(MotoServerDefinition.Name)]
[Trait("Needs", "moto")]
public sealed class MotoGoldenOutputTests(MotoServerFixture moto)
{
    [Theory]
    [InlineData("proposals-open", "proposals")]
    [InlineData("proposals-open-json", "proposals --output json")]
    [InlineData("approve-yes", "approve <proposal> --yes")]
    [InlineData("approve-yes-json", "approve <proposal> --yes --output json")]
    [InlineData("approve-no-terminal", "approve <proposal>")]
    [InlineData("reject", "reject <proposal>")]
    [InlineData("reject-json", "reject <proposal> --output json")]
    [InlineData("approve-expired", "approve <proposal> --yes", 25)]
    [InlineData("approve-replanned", "approve <proposal> --yes", 0, true)]
    [InlineData("proposals-expired", "proposals", 25)]
    [InlineData("approve-declined", "approve <proposal>", 0, false, "n\n")]
    [InlineData("approve-snapshot-directory-json", "approve <proposal> --yes --snapshot-dir kept --output json")]
    [InlineData("approve-unknown", "approve prop-00000000000000000000 --yes")]
    [InlineData("approve-malformed", "approve nope --yes")]
    [InlineData("reject-unknown", "reject prop-00000000000000000000")]
    [InlineData("reject-unknown-json", "reject prop-00000000000000000000 --output json")]
    public async Task AnApprovalCommandsOutputIsWordForWordTheGoldenFile(string name, string command, int hoursLater = 0, bool driftAgain = false, string? answer = null)
    {
        using var rig = await ApprovalRig.CreateAsync(moto.Server);
        rig.Organization.DetachPolicy(rig.PolicyId, rig.Organization.RootId);
        await rig.DriftAsync(1);
        var id = (await rig.Proposals.ListOpenAsync(default)).Single().Id;
        rig.Rig.Time.Advance(TimeSpan.FromHours(hoursLater));
        if (driftAgain)
        {
            rig.Organization.EditPolicyContent(rig.PolicyId, Cli.Organization.OrganizationBreaker.Tamper(ShippedPolicy.Content));
        }

        string[] args = [.. command.Replace("<proposal>", id, StringComparison.Ordinal).Split(' '), "--state-table", rig.Rig.Table];
        var run = answer is null ? await rig.Cli.RunAsync(args) : await rig.Cli.RunAsync(answer, interactive: true, args);

        // A re-plan records a fresh proposal under a new random id.
        var fresh = (await rig.Proposals.ListOpenAsync(default)).Where(p => p.Id != id).Select(p => (p.Id, "<fresh-proposal>"));
        await GoldenFile.AssertMatchesAsync(
            name, command + " --state-table <table>", run, [(rig.Rig.Table, "<table>"), (id, "<proposal>"), (rig.Cli.WorkingDirectory, "<work>"), .. fresh]);
    }

    [Theory]
    [InlineData("state-show", "state show", "settled")]
    [InlineData("state-show-json", "state show --output json", "settled")]
    [InlineData("state-show-limit-1", "state show --max-healing-runs-per-hour 1", "settled")]
    [InlineData("state-show-limit-1000", "state show --max-healing-runs-per-hour 1000", "settled")]
    [InlineData("state-show-limit-0", "state show --max-healing-runs-per-hour 0", "settled")]
    [InlineData("state-show-limit-1001", "state show --max-healing-runs-per-hour 1001", "settled")]
    [InlineData("state-show-tripped", "state show", "tripped")]
    [InlineData("state-show-tripped-json", "state show --output json", "tripped")]
    [InlineData("state-show-empty", "state show", "empty")]
    [InlineData("state-show-unreadable", "state show", "unreadable")]
    [InlineData("state-reset-flap-guard", "state reset-flap-guard --yes", "tripped")]
    [InlineData("state-reset-flap-guard-json", "state reset-flap-guard --yes --output json", "tripped")]
    [InlineData("state-reset-flap-guard-unconfirmed", "state reset-flap-guard", "tripped")]
    [InlineData("state-reset-flap-guard-declined", "state reset-flap-guard", "tripped", "n\n")]
    [InlineData("state-reset-flap-guard-empty", "state reset-flap-guard --yes", "empty")]
    [InlineData("state-reset-flap-guard-empty-json", "state reset-flap-guard --yes --output json", "empty")]
    [InlineData("state-reset-flap-guard-unreadable-declined", "state reset-flap-guard", "unreadable", "n\n")]
    [InlineData("state-reset-flap-guard-unreadable", "state reset-flap-guard --yes", "unreadable")]
    public async Task AStateCommandsOutputIsWordForWordTheGoldenFile(string name, string command, string state, string? answer = null)
    {
        using var rig = await StateTableRig.CreateAsync(moto.Server);
        var now = StateTableRig.Now;
        if (state == "unreadable")
        {
            await rig.DynamoDb.PutItemAsync(new Amazon.DynamoDBv2.Model.PutItemRequest
            {
                TableName = rig.Table,
                Item = new() { ["pk"] = new() { S = "state" }, ["healingRuns"] = new() { S = "six" }, ["version"] = new() { N = "4" } },
            });
        }
        else if (state != "empty")
        {
            await rig.Store.UpdateStateAsync(
                s => s.WithSettledAt(now.AddMinutes(-5)).WithActor(new DriftActor("arn:aws:iam::111111111111:user/terraform", "DetachPolicy", now.AddMinutes(-21))),
                default);
            await rig.RecordHealingRunsAsync(state == "tripped" ? [50, 40, 30, 20, 10, 1] : [20, 90]);
            await rig.Store.TryClaimEventAsync("evt-live", "attempt-1", now, now.AddMinutes(5), default);
            await rig.Store.TryClaimEventAsync("evt-old", "attempt-2", now.AddDays(-2), now.AddDays(-2).AddMinutes(5), default);
        }

        string[] args = [.. command.Split(' '), "--state-table", rig.Table];
        var run = answer is null ? await rig.Cli.RunAsync(args) : await rig.Cli.RunAsync(answer, interactive: true, args);

        await GoldenFile.AssertMatchesAsync(
            name, command + " --state-table <table>", run, (rig.Table, "<table>"), (rig.Cli.WorkingDirectory, "<work>"), (moto.Server.Endpoint.ToString(), "<moto>/"));
    }
}
