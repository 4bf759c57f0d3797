using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Moto;

/// <summary>Every command that reads or writes the state table explains a table that does not exist in one line, the same way.</summary>
[Collection(MotoServerDefinition.Name)]
[Trait("Needs", "moto")]
public sealed class StateTableErrorTests(MotoServerFixture moto)
{
    /// <summary>One of each command that reads or writes the state table, with what it needs besides --state-table.</summary>
    public static TheoryData<string> TableCommands =>
    [
        "state show",
        "state reset-flap-guard --yes",
        "proposals",
        "approve prop-0123456789abcdef0123 --yes",
        "reject prop-0123456789abcdef0123",
    ];

    [Theory]
    [MemberData(nameof(TableCommands))]
    public async Task AMissingTableNamesTheTableTheEndpointAndTheStackOutput(string command)
    {
        using var rig = await StateTableRig.CreateAsync(moto.Server);

        var run = await rig.Cli.RunAsync([.. command.Split(' '), "--state-table", "no-such-table"]);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Equal(
            $"error: state table 'no-such-table' does not exist at {moto.Server.Endpoint}: pass the stack's StateTableName output "
            + "(aws cloudformation describe-stacks --stack-name <stack> --query \"Stacks[0].Outputs\"), in the stack's region (AWS_REGION).",
            Assert.Single(run.ErrorLines));
    }
}
