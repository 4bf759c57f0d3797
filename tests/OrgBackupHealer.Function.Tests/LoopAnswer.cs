using System.Text.Json;

namespace OrgBackupHealer.Function.Tests;

/// <summary>What one invocation posted back (kind "response" or "error", and its body) and printed on stdout.</summary>
internal sealed record LoopAnswer(string Kind, JsonElement Body, IReadOnlyList<JsonElement> Lines)
{
    public string? Outcome => Body.TryGetProperty("outcome", out var o) ? o.GetString() : null;

    public IEnumerable<JsonElement> Metrics(string name) =>
        Lines.Where(l => l.TryGetProperty("_aws", out _) && l.TryGetProperty(name, out _));

    /// <summary>The Reason dimension of every EventsIgnored EMF document this invocation printed.</summary>
    public IReadOnlyList<string?> IgnoredReasons => [.. Metrics("EventsIgnored").Select(m => m.GetProperty("Reason").GetString())];
}
