using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Desired;

/// <summary>
/// Reads a policy set file (docs/configuration.md, "Policy sets") and checks all of it before anything runs: unknown
/// keys, the owner and key forms, duplicate keys, names and adopted ids, targets, exemptions and their dates, a target
/// an entry both targets and exempts, every content file through the backup policy grammar (would AWS accept it: an
/// entry may hold only what it changes), and the merge of the entries that reach each target (is every plan
/// complete). Every problem is reported, each with where it is, not just the first.
/// </summary>
/// <remarks>
/// The nesting of OUs is not known offline, so the merge checked for a target is the entries on the root and the
/// entries on that target; the coverage check sees the real tree (and Organizations' own verdict on it).
/// </remarks>
public static partial class PolicySetLoader
{
    public const int MaxNameLength = 128;
    public const int MaxDescriptionLength = 512;

    private static readonly string[] s_topKeys = ["owner", "policies"];
    private static readonly string[] s_entryKeys = ["key", "name", "description", "content", "targets", "mode", "exemptions", "adopt"];
    private static readonly string[] s_exemptionKeys = ["target", "reason", "owner", "expires"];

    /// <summary>Reads <paramref name="path"/>; content paths resolve against its folder.</summary>
    /// <exception cref="PolicySetException">Every problem found.</exception>
    public static PolicySet Load(string path)
    {
        string text;
        try
        {
            text = TextFiles.ReadUtf8(path, TextFiles.MaxPolicySetFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PolicySetException([$"policy set {e.Message}"]);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Parse(text, content => TextFiles.ReadUtf8(Path.Combine(folder, content), TextFiles.MaxPolicyFileBytes));
    }

    /// <param name="readContent">Reads a content file named relative to the set; throws IOException when it cannot.</param>
    /// <exception cref="PolicySetException">Every problem found.</exception>
    public static PolicySet Parse(string json, Func<string, string> readContent)
    {
        ArgumentNullException.ThrowIfNull(readContent);
        var errors = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, BackupPolicyValidator.StrictJson);
        }
        catch (JsonException e)
        {
            throw new PolicySetException([$"not valid JSON: {e.Message}"]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new PolicySetException(["must be a JSON object with \"owner\" and \"policies\""]);
            }

            UnknownKeys(root, s_topKeys, "", errors);
            var owner = Text(root, "owner", "", errors, required: true);
            if (owner is not null && !OwnerPattern().IsMatch(owner))
            {
                errors.Add($"owner: '{owner}' must be 1 to 64 letters, digits or '-'");
            }

            var entries = new List<DesiredState>();
            if (!root.TryGetProperty("policies", out var policies) || policies.ValueKind != JsonValueKind.Array || policies.GetArrayLength() == 0)
            {
                errors.Add("policies: must be an array of at least one entry");
            }
            else
            {
                var index = 0;
                foreach (var entry in policies.EnumerateArray())
                {
                    if (ReadEntry(entry, $"policies[{index}]", owner ?? PolicyIdentity.DefaultOwner, readContent, errors) is { } desired)
                    {
                        entries.Add(desired);
                    }

                    index++;
                }
            }

            // Judged on what the file says, so an entry with another mistake still counts as a duplicate.
            var written = policies.ValueKind == JsonValueKind.Array ? policies.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object).ToList() : [];
            Duplicates(StringsOf(written, "key"), StringComparer.Ordinal, "key", errors);
            Duplicates(StringsOf(written, "name"), StringComparer.OrdinalIgnoreCase, "name", errors);
            Duplicates(StringsOf(written, "adopt"), StringComparer.Ordinal, "adopt", errors);
            // A merge is judged only when every entry could be read: one missing would make its target look incomplete.
            if (entries.Count > 0 && entries.Count == written.Count)
            {
                errors.AddRange(SetMergeCheck.IncompleteMerges(entries));
            }

            if (errors.Count > 0)
            {
                throw new PolicySetException(errors);
            }

            return new PolicySet(owner!, entries);
        }
    }

    private static DesiredState? ReadEntry(JsonElement entry, string at, string owner, Func<string, string> readContent, List<string> errors)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{at}: must be an object");
            return null;
        }

        var before = errors.Count;
        UnknownKeys(entry, s_entryKeys, at + ".", errors);
        var key = Text(entry, "key", at, errors, required: true);
        if (key is not null && !KeyPattern().IsMatch(key))
        {
            errors.Add($"{at}.key: '{key}' must be 1 to 64 letters, digits, '-' or '_'");
        }

        var where = key is null ? at : $"{at} ('{key}')";
        var name = Text(entry, "name", where, errors, required: true);
        if (name is { Length: > MaxNameLength })
        {
            errors.Add($"{where}.name: is {name.Length} characters; Organizations allows at most {MaxNameLength}");
        }

        var description = Text(entry, "description", where, errors, required: false) ?? HealerDefaults.PolicyDescription;
        if (description.Length > MaxDescriptionLength)
        {
            errors.Add($"{where}.description: is {description.Length} characters; Organizations allows at most {MaxDescriptionLength}");
        }

        var document = Content(Text(entry, "content", where, errors, required: true), where, readContent, errors);
        var targets = Targets(entry, where, errors);
        var mode = Mode(Text(entry, "mode", where, errors, required: false), where, errors);
        var adopt = Text(entry, "adopt", where, errors, required: false);
        if (adopt is not null && !OrganizationIds.IsPolicyId(adopt))
        {
            errors.Add($"{where}.adopt: '{adopt}' is not a policy id (p- followed by 8 to 128 letters, digits or '_')");
        }

        var exemptions = Exemptions(entry, where, errors);
        foreach (var both in exemptions.Select(x => x.Target).Intersect(targets, StringComparer.Ordinal))
        {
            errors.Add($"{where}: {both} is both a target and an exemption of this entry; an exemption excuses accounts under a target, so remove one of the two");
        }

        return errors.Count > before || key is null || name is null || document is null
            ? null
            : new DesiredState(name, description, document, targets, mode, new PolicyIdentity(owner, key)) { AdoptPolicyId = adopt, Exemptions = exemptions };
    }

    private static PolicyDocument? Content(string? path, string where, Func<string, string> readContent, List<string> errors)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            return PolicyDocument.Parse(readContent(path), PolicyScope.Partial);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{where}.content: {e.Message}");
        }
        catch (PolicyDocumentException e)
        {
            errors.AddRange(e.Errors.Select(error => $"{where}.content '{path}': {error}"));
        }

        return null;
    }

    private static List<string> Targets(JsonElement entry, string where, List<string> errors)
    {
        if (!entry.TryGetProperty("targets", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            errors.Add($"{where}.targets: must be an array of at least one target ({DesiredTargets.Forms})");
            return [];
        }

        var targets = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { } target && DesiredTargets.IsValid(target))
            {
                targets.Add(target);
            }
            else
            {
                errors.Add($"{where}.targets: {item.GetRawText()} is not {DesiredTargets.Forms}");
            }
        }

        return [.. targets.Distinct(StringComparer.Ordinal)];
    }

    private static HealerMode Mode(string? mode, string where, List<string> errors)
    {
        switch (mode)
        {
            case null or "enforce":
                return HealerMode.Enforce;
            case "report":
                return HealerMode.Report;
            case "approve":
                return HealerMode.Approve;
            default:
                errors.Add($"{where}.mode: must be 'enforce', 'report' or 'approve', not '{mode}'");
                return HealerMode.Enforce;
        }
    }

    private static List<Exemption> Exemptions(JsonElement entry, string where, List<string> errors)
    {
        var exemptions = new List<Exemption>();
        if (!entry.TryGetProperty("exemptions", out var array))
        {
            return exemptions;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{where}.exemptions: must be an array");
            return exemptions;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = $"{where}.exemptions[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{at}: must be an object with target, reason, owner and expires");
                continue;
            }

            UnknownKeys(item, s_exemptionKeys, at + ".", errors);
            var target = Text(item, "target", at, errors, required: true);
            if (target is not null && !OrganizationIds.IsOrganizationalUnitId(target) && !OrganizationIds.IsAccountId(target))
            {
                errors.Add($"{at}.target: '{target}' must be an OU id (ou-xxxx-xxxxxxxx) or a 12-digit account id");
            }

            var reason = Text(item, "reason", at, errors, required: true);
            var owner = Text(item, "owner", at, errors, required: true);
            var expires = Text(item, "expires", at, errors, required: true);
            DateOnly date = default;
            if (expires is not null && !DateOnly.TryParseExact(expires, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                errors.Add($"{at}.expires: '{expires}' is not a date written yyyy-MM-dd");
                expires = null;
            }

            if (target is not null && reason is not null && owner is not null && expires is not null)
            {
                exemptions.Add(new Exemption(target, reason, owner, date));
            }
        }

        return exemptions;
    }

    private static string? Text(JsonElement element, string name, string at, List<string> errors, bool required)
    {
        var path = at.Length == 0 ? name : $"{at}.{name}";
        if (!element.TryGetProperty(name, out var value))
        {
            if (required)
            {
                errors.Add($"{path}: is required");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } text || string.IsNullOrWhiteSpace(text))
        {
            errors.Add($"{path}: must be a non-empty string");
            return null;
        }

        return text;
    }

    private static void UnknownKeys(JsonElement element, string[] known, string prefix, List<string> errors)
    {
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
        {
            errors.Add($"{prefix}{property.Name}: unknown key (known: {string.Join(", ", known)})");
        }
    }

    private static IEnumerable<string> StringsOf(IEnumerable<JsonElement> entries, string name) =>
        entries.Select(e => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null).OfType<string>();

    private static void Duplicates(IEnumerable<string> values, StringComparer comparer, string what, List<string> errors)
    {
        foreach (var duplicate in values.GroupBy(v => v, comparer).Where(g => g.Count() > 1))
        {
            errors.Add($"policies: {what} '{duplicate.Key}' appears in {duplicate.Count()} entries; each entry needs its own");
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9-]{1,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
