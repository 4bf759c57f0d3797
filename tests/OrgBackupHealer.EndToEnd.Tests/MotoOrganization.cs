using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.EndToEnd.Tests;

/// <summary>An organization in moto, set up and read back through raw Organizations calls (not the healer's client).</summary>
internal sealed class MotoOrganization(MotoAdmin admin, string root, string managedPolicy)
{
    public const string PolicyName = HealerDefaults.PolicyName;

    public string Root => root;

    public string ManagedPolicy => managedPolicy;

    /// <summary>
    /// BACKUP_POLICY enabled, the managed policy created as the healer creates it (name, description, managed tag)
    /// with the shipped content and attached to the root; then
    /// broken the way people break it: detached from the root and its content edited by hand.
    /// </summary>
    public static async Task<MotoOrganization> CreateBrokenAsync(MotoAdmin admin, string shippedPolicy)
    {
        var rootId = await admin.CreateOrganizationAsync();
        await admin.CallAsync("EnablePolicyType", new JsonObject { ["RootId"] = rootId, ["PolicyType"] = "BACKUP_POLICY" });
        var created = await admin.CallAsync("CreatePolicy", new JsonObject
        {
            ["Content"] = shippedPolicy,
            ["Description"] = HealerDefaults.PolicyDescription,
            ["Name"] = PolicyName,
            ["Type"] = "BACKUP_POLICY",
            ["Tags"] = new JsonArray([.. PolicyIdentity.Default.Tags.Select(t => (JsonNode)new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value })]),
        });
        var policyId = created["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>();
        var organization = new MotoOrganization(admin, rootId, policyId);
        await admin.CallAsync("AttachPolicy", new JsonObject { ["PolicyId"] = policyId, ["TargetId"] = rootId });
        await organization.DetachFromRootAsync();
        await admin.CallAsync("UpdatePolicy", new JsonObject { ["PolicyId"] = policyId, ["Content"] = """{"plans":{}}""" });
        return organization;
    }

    public Task DetachFromRootAsync() =>
        admin.CallAsync("DetachPolicy", new JsonObject { ["PolicyId"] = managedPolicy, ["TargetId"] = root });

    public async Task<string> ContentAsync() =>
        (await admin.CallAsync("DescribePolicy", new JsonObject { ["PolicyId"] = managedPolicy }))["Policy"]!["Content"]!.GetValue<string>();

    public async Task<IReadOnlyList<string>> TargetIdsAsync() =>
        [.. (await admin.CallAsync("ListTargetsForPolicy", new JsonObject { ["PolicyId"] = managedPolicy }))["Targets"]!.AsArray()
            .Select(t => t!["TargetId"]!.GetValue<string>())];
}
