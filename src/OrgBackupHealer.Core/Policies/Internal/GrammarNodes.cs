using System.Text.Json.Nodes;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>One element of the backup policy grammar; <see cref="What"/> names it in error messages ("a rule").</summary>
internal abstract record GrammarNode(string What);

/// <summary>
/// An object whose keys are fixed by the grammar (a plan, a rule, a lifecycle). <see cref="CrossCheck"/> checks rules
/// that span its keys, such as the cold-storage minimum of a lifecycle.
/// </summary>
internal sealed record FixedKeys(
    string What,
    IReadOnlyDictionary<string, GrammarNode> Keys,
    IReadOnlyList<string> Required,
    Func<JsonObject, string, IEnumerable<PolicyValidationError>>? CrossCheck = null) : GrammarNode(What);

/// <summary>
/// An object whose keys the policy author chooses (plan names, rule names, tag identifiers), each holding an
/// <see cref="Entry"/>. <see cref="CheckName"/> returns why a name is not allowed, or null.
/// </summary>
internal sealed record NamedEntries(
    string What,
    string EntryNoun,
    GrammarNode Entry,
    bool AtLeastOne = false,
    Func<string, string?>? CheckName = null) : GrammarNode(What);

/// <summary>
/// A setting: an object of inheritance operators whose <c>@@assign</c> (and, when <see cref="MultiValued"/>,
/// <c>@@append</c> and <c>@@remove</c>) carry values that <see cref="Value"/> describes.
/// </summary>
internal sealed record Setting(string What, ValueRule Value, bool MultiValued = false) : GrammarNode(What);

/// <summary>A documented key whose inner layout the grammar leaves to AWS; only its operators are checked.</summary>
internal sealed record OpaqueObject(string What) : GrammarNode(What);

/// <summary>The JSON forms a setting's value may take.</summary>
internal enum ValueShape
{
    /// <summary>A JSON string.</summary>
    Text,

    /// <summary>An array of strings.</summary>
    TextList,

    /// <summary>A string or an array of strings (tag values).</summary>
    TextOrTextList,

    /// <summary>A whole number, written as a JSON number or as a string of digits (AWS's examples use strings).</summary>
    WholeNumber,

    /// <summary>true or false, as JSON booleans or as the strings "true" and "false".</summary>
    Boolean,
}

/// <summary>
/// What a setting's value must be. <see cref="CheckText"/> returns why a string is wrong, or null;
/// <see cref="Minimum"/> bounds whole numbers; <see cref="HoldsArn"/> allows the <c>$account</c> variable.
/// </summary>
internal sealed record ValueRule(ValueShape Shape, Func<string, string?>? CheckText = null, long Minimum = 0, string Unit = "", bool HoldsArn = false);
