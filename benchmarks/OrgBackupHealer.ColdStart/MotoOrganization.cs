using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.ColdStart;

/// <summary>
/// A healthy organization in moto: BACKUP_POLICY enabled on the root, the managed policy with the shipped content,
/// attached to the root. Set up with raw JSON 1.1 calls (moto reads only the credential scope of the signature).
/// </summary>
internal sealed class MotoOrganization(MotoServer server) : IDisposable
{
    public const string PolicyName = "org-backup-baseline";

    private readonly HttpClient _http = new() { BaseAddress = server.Endpoint };

    public async Task<string> CreateHealthyAsync(string policyContent)
    {
        await server.ResetAsync();
        await CallAsync("CreateOrganization", """{"FeatureSet":"ALL"}""");
        var rootId = (await CallAsync("ListRoots", "{}"))["Roots"]![0]!["Id"]!.GetValue<string>();
        await CallAsync("EnablePolicyType", $$"""{"RootId":"{{rootId}}","PolicyType":"BACKUP_POLICY"}""");
        var create = new JsonObject
        {
            ["Name"] = PolicyName,
            ["Description"] = "Organization backup baseline, kept in place by OrgBackupHealer",
            ["Type"] = "BACKUP_POLICY",
            ["Content"] = policyContent,
            ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "managed-by", ["Value"] = "OrgBackupHealer" }),
        };
        var policyId = (await CallAsync("CreatePolicy", create.ToJsonString()))["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>();
        await CallAsync("AttachPolicy", $$"""{"PolicyId":"{{policyId}}","TargetId":"{{rootId}}"}""");
        return rootId;
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonNode> CallAsync(string operation, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        request.Headers.Add("X-Amz-Target", "AWSOrganizationsV20161128." + operation);
        request.Headers.TryAddWithoutValidation(
            "Authorization", "AWS4-HMAC-SHA256 Credential=testing/20250101/us-east-1/organizations/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(text.Length == 0 ? "{}" : text)!
            : throw new InvalidOperationException($"moto set-up {operation} failed: {(int)response.StatusCode} {text}");
    }
}
