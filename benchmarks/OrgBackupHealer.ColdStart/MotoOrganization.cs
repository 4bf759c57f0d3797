using System.Text.Json.Nodes;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.ColdStart;

/// <summary>
/// A healthy organization in moto: BACKUP_POLICY enabled on the root, the managed policy with the shipped content,
/// attached to the root. Set up with raw Organizations calls (MotoAdmin), not the healer's client.
/// </summary>
internal static class MotoOrganization
{
    public const string PolicyName = "org-backup-baseline";

    /// <returns>The root id.</returns>
    public static async Task<string> CreateHealthyAsync(MotoServer server, MotoAdmin admin, string policyContent)
    {
        await server.ResetAsync();
        var rootId = await admin.CreateOrganizationAsync();
        await admin.CallAsync("EnablePolicyType", new JsonObject { ["RootId"] = rootId, ["PolicyType"] = "BACKUP_POLICY" });
        var created = await admin.CallAsync("CreatePolicy", new JsonObject
        {
            ["Name"] = PolicyName,
            ["Description"] = "Organization backup baseline, kept in place by OrgBackupHealer",
            ["Type"] = "BACKUP_POLICY",
            ["Content"] = policyContent,
            ["Tags"] = new JsonArray(
                new JsonObject { ["Key"] = "managed-by", ["Value"] = "OrgBackupHealer" },
                new JsonObject { ["Key"] = "orgbackuphealer:owner", ["Value"] = "default" },
                new JsonObject { ["Key"] = "orgbackuphealer:key", ["Value"] = "default" }),
        });
        var policyId = created["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>();
        await admin.CallAsync("AttachPolicy", new JsonObject { ["PolicyId"] = policyId, ["TargetId"] = rootId });
        return rootId;
    }
}
