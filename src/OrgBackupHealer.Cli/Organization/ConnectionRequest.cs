namespace OrgBackupHealer.Cli.Organization;

/// <summary>
/// What the command line asked for. <see cref="DesiredContent"/> and <see cref="Targets"/> shape the simulated
/// organization (it starts healthy for them, then <see cref="Break"/> is applied).
/// </summary>
internal sealed record ConnectionRequest(
    bool Simulate,
    PolicyBreak? Break,
    string? Profile,
    string PolicyName,
    string DesiredContent,
    IReadOnlyList<string> Targets);
