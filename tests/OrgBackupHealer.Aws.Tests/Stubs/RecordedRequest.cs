namespace OrgBackupHealer.Aws.Tests.Stubs;

/// <summary>What the client put on the wire, captured before the stub answers.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri? Uri, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
