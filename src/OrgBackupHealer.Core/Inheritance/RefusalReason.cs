namespace OrgBackupHealer.Core.Inheritance;

/// <summary>Why a policy's attempt to change a key did not reach the effective policy.</summary>
internal enum RefusalReason
{
    /// <summary>A policy higher on the path restricted child operators with <c>@@operators_allowed_for_child_policies</c>.</summary>
    OperatorNotAllowedForChildPolicies,

    /// <summary>A policy attached earlier to the same target already set the key; the first one attached wins.</summary>
    EarlierPolicyAtSameTargetWins,

    /// <summary><c>@@append</c> or <c>@@remove</c> on something that is not a JSON array; AWS allows them only on multi-valued settings.</summary>
    NotMultiValued,

    /// <summary>
    /// The node mixes value-setting operators with keys, gives keys to what is already a setting, names an unknown
    /// operator, or has an unreadable operator list: nothing in it can be merged with confidence.
    /// </summary>
    UnrecognizedSyntax,
}
