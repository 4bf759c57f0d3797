namespace OrgBackupHealer.Core.Inheritance;

/// <summary>
/// The policy that last changed the setting at <see cref="Path"/> and the operator it used. A setting that
/// <c>@@remove</c> emptied keeps its origin although it is no longer in the effective document, so a report can
/// still say who removed it.
/// </summary>
internal sealed record SettingOrigin(string Path, PolicyPlacement SetBy, ValueSettingOperators Operator);

/// <summary>
/// A restriction declared with <c>@@operators_allowed_for_child_policies</c> at <see cref="Path"/>: it limits policies
/// attached below <see cref="DeclaredBy"/>'s target, at that node and every node under it.
/// </summary>
internal sealed record ChildRestriction(string Path, PolicyPlacement DeclaredBy, ValueSettingOperators AllowedOperators);

/// <summary>
/// A change a policy asked for that is not in the effective policy. <see cref="BlockedBy"/> names the restriction
/// that refused it; <see cref="EarlierPolicy"/> the same-target policy whose value was kept.
/// </summary>
internal sealed record RefusedChange(
    string Path,
    PolicyPlacement AttemptedBy,
    ValueSettingOperators Operator,
    RefusalReason Reason,
    ChildRestriction? BlockedBy = null,
    PolicyPlacement? EarlierPolicy = null);
