using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core.Approvals;

/// <summary>
/// A hash of what one entry's plan depends on: the root and its policy type, the entry's policy (id, name,
/// description, whether it carries the entry's tags, content as a JSON value: key order and whitespace never count),
/// its attachments, the desired targets as resolved, the unreachable ones and who holds the entry's name. Two
/// observations hash alike exactly when the planner would plan the same writes from them, so an approval applies the
/// plan the approver saw or nothing.
/// </summary>
public static class ObservationHash
{
    public static string Of(ObservedState observed)
    {
        ArgumentNullException.ThrowIfNull(observed);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(observed))));
    }

    /// <summary>The rendering hashed: one line per fact, lists sorted.</summary>
    public static string Canonical(ObservedState observed)
    {
        ArgumentNullException.ThrowIfNull(observed);
        var policy = observed.ManagedPolicy;
        var lines = new[]
        {
            $"root={observed.Root.Id}",
            $"backup-policy-type={observed.BackupPolicyStatus?.ToString() ?? "none"}",
            $"policy={policy?.Summary.Id ?? "none"}",
            $"name={policy?.Summary.Name}",
            $"description={policy?.Summary.Description}",
            $"tagged={policy?.CarriesEntryTags}",
            $"content={(policy is null ? "" : CanonicalJson(policy.Content))}",
            $"attached={Sorted(observed.Attachments.Select(a => a.TargetId))}",
            $"desired={Sorted(observed.DesiredTargetIds)}",
            $"unreachable={Sorted(observed.UnreachableTargets.Select(u => $"{u.TargetId}:{u.Reason}"))}",
            $"name-taken-by={observed.NameTakenBy?.Id ?? "none"}",
            $"identity-problem={observed.IdentityProblem?.Reason ?? "none"}",
        };
        return string.Join('\n', lines);
    }

    private static string Sorted(IEnumerable<string> values) => string.Join(',', values.Order(StringComparer.Ordinal));

    private static string CanonicalJson(string content)
    {
        try
        {
            return Sort(JsonNode.Parse(content))?.ToJsonString() ?? "null";
        }
        catch (JsonException)
        {
            return content;
        }
    }

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sort)]),
        _ => node?.DeepClone(),
    };
}
