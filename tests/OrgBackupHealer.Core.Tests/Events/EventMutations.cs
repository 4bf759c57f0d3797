using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>
/// Fixture events (events/*.json and the bodies of the queue batches) edited where a classifier reads or skips: members
/// replaced by a value of every JSON type or by a string the rules compare against (plain, escaped, invalid UTF-8),
/// removed, repeated before or after themselves, renamed with an escape or another case, or added in any object;
/// bodies prefixed with a BOM, followed by trailing data, given a trailing comma or a comment, nested past the depth
/// limit. Written as text so that repeated members and invalid UTF-8 survive, which a JSON tree cannot hold.
/// </summary>
internal static class EventMutations
{
    private static readonly JsonNode[] s_fixtures =
        [.. Fixtures.Events().OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => JsonNode.Parse(e.Value)!)];

    private static readonly string[] s_knownPolicyIds = ["p-abcd1234", "p-other999"];

    /// <summary>
    /// Member names the classifier reads, names it skips (the envelope's version, region and resources, nine CloudTrail
    /// members, the rest of the caller's identity), and names a sender could get wrong: another case, an escape.
    /// </summary>
    private static readonly string[] s_names =
    [
        "version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail", "eventVersion",
        "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion", "sourceIPAddress", "userAgent", "errorCode",
        "errorMessage", "requestParameters", "responseElements", "requestID", "eventID", "readOnly", "eventType",
        "managementEvent", "recipientAccountId", "eventCategory", "type", "principalId", "arn", "accountId", "userName",
        "invokedBy", "sessionContext", "sessionIssuer", "policyId", "targetId", "policyType", "rootId", "name", "policy",
        "policySummary", "Detail", "EventName", "eventname", "extra", "a.b", "it's", "x y", "caf\u00e9", "tab\\tname", "\\ud800",
        "\\u0064etail",
    ];

    private static readonly byte[][] s_values =
    [
        .. new[]
        {
            "null", "true", "false", "0", "-12.5e3", "1e400", "\"\"", "\"x\"", "{}", "[]", "[null]", "[\"a\",\"b\"]", "[1]", "[\"a\",{}]",
            "{\"a\":{\"b\":[]}}", "\"aws.organizations\"", "\"AWS API Call via CloudTrail\"", "\"aws.events\"", "\"Scheduled Event\"",
            "\"aws.ec2\"", "\"organizations.amazonaws.com\"", "\"iam.amazonaws.com\"", "\"DetachPolicy\"", "\"UpdatePolicy\"",
            "\"DeletePolicy\"", "\"DisablePolicyType\"", "\"AttachPolicy\"", "\"BACKUP_POLICY\"", "\"SERVICE_CONTROL_POLICY\"",
            "\"p-abcd1234\"", "\"p-other999\"", "\"org-backup-baseline\"", "\"AccessDenied\"", "\"AccessDeniedException\"",
            "\"ThrottlingException\"", "\"TooManyRequestsException\"", "\"Throttling\"", "\"ConstraintViolationException\"",
            "\"arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole\"",
            "\"arn:aws:sts::111111111111:assumed-role/OrgBackupHealerFunctionRole/s1\"", "\"arn:aws:sts::111111111111:assumed-role/Other/s\"",
            "\"with an explicit deny in a service control policy\"", "\"\\u0061ws.organizations\"", "\"AWS API Call via Cloud\\u0054rail\"",
            "\"organizations.amazonaws.co\\u006d\"", "\"\\u0042ACKUP_POLICY\"", "\"AccessDenied\\u0000\"", "\"\\ud83d\\ude00\"", "\"\\ud800\"",
            "\"\\udc00x\"", "\"a\\/b\\\\c\\\"d\\n\"", "\"\\x\"", "\"\\u12\"", "\"tab\tinside\"", "tru", "nul", "NaN", "'x'", "01", ".5", "1.",
            "{\"arn\":\"arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole\"}", "{\"sessionIssuer\":{\"arn\":5}}",
            "{\"policy\":{\"policySummary\":{\"type\":\"BACKUP_POLICY\"}}}", "{\"policyType\":\"BACKUP_POLICY\",\"policyId\":\"p-abcd1234\"}",
            "{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\"}",
        }.Select(Encoding.UTF8.GetBytes),
        [(byte)'"', 0xC3, 0x28, (byte)'"'],
        [(byte)'"', 0xFF, (byte)'"'],
        [(byte)'"', 0xED, 0xA0, 0x80, (byte)'"'],
        [(byte)'"', 0xC0, 0xAF, (byte)'"'],
        [(byte)'"', (byte)'A', 0xE1, (byte)'"'],
        Nested(60), Nested(61), Nested(62), Nested(63), Nested(64),
    ];

    private static readonly string[] s_separators = ["", "\n", " \r\n\t"];

    public static Gen<MutatedEvent> All { get; } = Gen.Select(
        Gen.Int[0, s_fixtures.Length - 1],
        Gen.Select(
            Gen.Int[0, int.MaxValue], Gen.Enum<EditKind>(), Gen.Int[0, s_values.Length - 1], Gen.Int[0, s_names.Length - 1],
            (site, kind, value, name) => new Edit(site, kind, value, name)).Array[1, 4],
        Gen.Int[0, s_separators.Length - 1],
        Gen.Enum<BodyEdit>(),
        Gen.Int[-1, s_knownPolicyIds.Length - 1],
        Write);

    private enum EditKind
    {
        Replace,
        Remove,
        RepeatWithValueFirst,
        RepeatWithValueLast,
        EscapeName,
        ChangeNameCase,
        InsertMember,
        TrailingComma,
    }

    private enum BodyEdit
    {
        None,
        NoneAgain,
        NoneOnceMore,
        ByteOrderMark,
        TrailingValue,
        TrailingObject,
        TrailingWhitespace,
        LeadingComment,
    }

    private static MutatedEvent Write(int fixture, Edit[] edits, int separator, BodyEdit bodyEdit, int knownPolicyId)
    {
        var root = s_fixtures[fixture];
        var members = new List<string>();
        CollectMembers(root, "$", members);
        var editsByPath = edits
            .Select(e => (Path: members[e.Site % members.Count], Edit: e))
            .GroupBy(x => x.Path, x => x.Edit)
            .ToDictionary(g => g.Key, g => g.ToArray());

        var text = new List<byte>();
        if (bodyEdit == BodyEdit.ByteOrderMark)
        {
            text.AddRange([0xEF, 0xBB, 0xBF]);
        }

        if (bodyEdit == BodyEdit.LeadingComment)
        {
            text.AddRange("/* c */"u8.ToArray());
        }

        new EditingWriter(text, editsByPath, s_separators[separator]).Value(root, "$");
        switch (bodyEdit)
        {
            case BodyEdit.TrailingValue:
                text.AddRange(" x"u8.ToArray());
                break;
            case BodyEdit.TrailingObject:
                text.AddRange("{}"u8.ToArray());
                break;
            case BodyEdit.TrailingWhitespace:
                text.AddRange(" \r\n\t "u8.ToArray());
                break;
        }

        return new MutatedEvent([.. text], knownPolicyId < 0 ? null : s_knownPolicyIds[knownPolicyId]);
    }

    private static void CollectMembers(JsonNode? node, string path, List<string> members)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    var childPath = $"{path}.{name}";
                    members.Add(childPath);
                    CollectMembers(child, childPath, members);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    CollectMembers(a[i], $"{path}[{i}]", members);
                }

                break;
        }
    }

    private static byte[] Nested(int depth) => Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth));

    private readonly record struct Edit(int Site, EditKind Kind, int Value, int Name);

    /// <summary>Writes a JSON tree member by member, applying the edits of each member path as it goes.</summary>
    private sealed class EditingWriter(List<byte> text, Dictionary<string, Edit[]> edits, string separator)
    {
        public void Value(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject o:
                    Object(o, path);
                    break;
                case JsonArray a:
                    text.Add((byte)'[');
                    for (var i = 0; i < a.Count; i++)
                    {
                        Separator(i > 0);
                        Value(a[i], $"{path}[{i}]");
                    }

                    text.Add((byte)']');
                    break;
                case null:
                    Raw("null");
                    break;
                default:
                    Raw(node.ToJsonString());
                    break;
            }
        }

        private void Object(JsonObject o, string path)
        {
            text.Add((byte)'{');
            var count = 0;
            var trailingComma = false;
            foreach (var (name, child) in o)
            {
                var childPath = $"{path}.{name}";
                var memberEdits = edits.GetValueOrDefault(childPath, []);
                var written = name;
                var keep = true;
                foreach (var edit in memberEdits)
                {
                    switch (edit.Kind)
                    {
                        case EditKind.Remove:
                            keep = false;
                            break;
                        case EditKind.Replace:
                            keep = false;
                            Member(ref count, written, edit.Value);
                            break;
                        case EditKind.RepeatWithValueFirst:
                            Member(ref count, written, edit.Value);
                            break;
                        case EditKind.EscapeName:
                            written = $"\\u{(int)written[0]:x4}{written[1..]}";
                            break;
                        case EditKind.ChangeNameCase:
                            written = char.IsUpper(written[0]) ? char.ToLowerInvariant(written[0]) + written[1..] : char.ToUpperInvariant(written[0]) + written[1..];
                            break;
                        case EditKind.InsertMember:
                            Member(ref count, s_names[edit.Name], edit.Value);
                            break;
                        case EditKind.TrailingComma:
                            trailingComma = true;
                            break;
                    }
                }

                if (keep)
                {
                    Separator(count++ > 0);
                    Name(written);
                    Value(child, childPath);
                }

                foreach (var edit in memberEdits.Where(e => e.Kind == EditKind.RepeatWithValueLast))
                {
                    Member(ref count, written, edit.Value);
                }
            }

            if (trailingComma)
            {
                text.Add((byte)',');
            }

            text.Add((byte)'}');
        }

        private void Member(ref int count, string name, int value)
        {
            Separator(count++ > 0);
            Name(name);
            text.AddRange(s_values[value]);
        }

        private void Name(string name)
        {
            Raw($"\"{name}\":");
        }

        private void Separator(bool comma)
        {
            if (comma)
            {
                text.Add((byte)',');
            }

            Raw(separator);
        }

        private void Raw(string s) => text.AddRange(Encoding.UTF8.GetBytes(s));
    }
}
