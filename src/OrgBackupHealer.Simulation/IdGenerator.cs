namespace OrgBackupHealer.Simulation;

/// <summary>Ids in the real formats, drawn from a seeded generator so a set-up always yields the same ids.</summary>
internal sealed class IdGenerator(int seed)
{
    private const string LowerAlphanumeric = "0123456789abcdefghijklmnopqrstuvwxyz";

#pragma warning disable CA5394 // Ids in a simulation, not security-relevant randomness.
    private readonly Random _random = new(seed);

    public string OrganizationId() => "o-" + Draw(LowerAlphanumeric, 10);

    public string RootId() => "r-" + Draw(LowerAlphanumeric, 4);

    public string OrganizationalUnitId(string rootId) => $"ou-{rootId[2..]}-{Draw(LowerAlphanumeric, 8)}";

    public string AccountId() => Draw("0123456789", 12);

    public string PolicyId() => "p-" + Draw(LowerAlphanumeric, 8);

    private string Draw(string alphabet, int length) =>
        string.Create(length, (alphabet, _random), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.alphabet[state._random.Next(state.alphabet.Length)];
            }
        });
#pragma warning restore CA5394
}
