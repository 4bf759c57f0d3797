namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>One element of the backup policy grammar; <see cref="What"/> names it in error messages ("a rule").</summary>
internal abstract record GrammarNode(string What);

/// <summary>
/// An object whose keys are fixed by the grammar (a plan, a rule, a lifecycle). <see cref="Required"/> lists the keys
/// the page marks required: they decide whether a plan is complete (question b), never whether AWS accepts a document
/// (question a), because a child policy may leave them to its parents. <see cref="RequiresOneOf"/> names keys of which
/// at least one must be present, for the same question.
/// </summary>
internal sealed record FixedKeys(
    string What,
    IReadOnlyDictionary<string, GrammarNode> Keys,
    IReadOnlyList<string> Required,
    IReadOnlyList<string>? RequiresOneOf = null) : GrammarNode(What);

/// <summary>
/// An object whose keys the policy author chooses (plan names, rule names, tag identifiers), each holding an
/// <see cref="Entry"/>. <see cref="Name"/>, when set, says which names AWS accepts. <see cref="AtLeastOne"/>, when
/// set, says that a complete plan has at least one entry here, in words such as "a plan needs at least one rule".
/// </summary>
internal sealed record NamedEntries(string What, GrammarNode Entry, EntryName? Name = null, string? AtLeastOne = null) : GrammarNode(What);

/// <summary>The rule for the names of <see cref="NamedEntries"/>: <see cref="Check"/> returns why a name is not allowed, or null.</summary>
internal sealed record EntryName(string Noun, Func<string, string?> Check);

/// <summary>
/// A setting: an object of inheritance operators whose <c>@@assign</c> (and, when <see cref="MultiValued"/>,
/// <c>@@append</c> and <c>@@remove</c>) carry values that <see cref="Value"/> describes.
/// </summary>
internal sealed record Setting(string What, ValueRule Value, bool MultiValued = false) : GrammarNode(What);

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
/// <see cref="Minimum"/> and <see cref="Maximum"/> bound whole numbers; <see cref="HoldsArn"/> allows the
/// <c>$account</c> placeholder and <see cref="HoldsRegionPlaceholder"/> the <c>$region</c> one.
/// </summary>
internal sealed record ValueRule(
    ValueShape Shape,
    Func<string, string?>? CheckText = null,
    long Minimum = 0,
    long Maximum = long.MaxValue,
    string Unit = "",
    bool HoldsArn = false,
    bool HoldsRegionPlaceholder = false);
