using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OrgBackupHealer.Testing;

/// <summary>
/// Set-up calls the port deliberately cannot make (CreateOrganization, CreateOrganizationalUnit, DetachPolicy, DisablePolicyType),
/// sent to moto as raw JSON 1.1. moto reads only the credential scope of the Authorization header.
/// </summary>
public sealed class MotoAdmin(MotoServer server) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = server.Endpoint };

    /// <summary>CreateOrganization with all features; returns the root id.</summary>
    public async Task<string> CreateOrganizationAsync()
    {
        await CallAsync("CreateOrganization", """{"FeatureSet":"ALL"}""");
        var roots = await CallAsync("ListRoots", "{}");
        return roots["Roots"]![0]!["Id"]!.GetValue<string>();
    }

    public async Task<string> BackupPolicyIdAsync(string name)
    {
        var policies = await CallAsync("ListPolicies", """{"Filter":"BACKUP_POLICY"}""");
        return policies["Policies"]!.AsArray().Single(p => p!["Name"]!.GetValue<string>() == name)!["Id"]!.GetValue<string>();
    }

    public Task<JsonNode> CallAsync(string operation, JsonObject body) => CallAsync(operation, body.ToJsonString());

    public async Task<JsonNode> CallAsync(string operation, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        request.Headers.Add("X-Amz-Target", "AWSOrganizationsV20161128." + operation);
        request.Headers.TryAddWithoutValidation(
            "Authorization", "AWS4-HMAC-SHA256 Credential=testing/20250101/us-east-1/organizations/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"moto set-up {operation} failed: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text.Length == 0 ? "{}" : text)!;
    }

    public void Dispose() => _http.Dispose();
}
