namespace OrgBackupHealer.Core.Policies;

/// <summary>
/// The two answers of a validation, kept apart. <see cref="Rejected"/>: why AWS would refuse the document (syntax,
/// keys, value formats, operators, limits). <see cref="Incomplete"/>: the required elements missing from its plans,
/// or null when the question was not asked (<see cref="PolicyScope.Partial"/>) or cannot be (the text is not a JSON
/// object). Every error carries its JSON path.
/// </summary>
public sealed record PolicyVerdict(PolicyScope Scope, IReadOnlyList<PolicyValidationError> Rejected, IReadOnlyList<PolicyValidationError>? Incomplete)
{
    /// <summary>(a): AWS would accept the document.</summary>
    public bool Accepted => Rejected.Count == 0;

    /// <summary>(b): every plan is complete; null when not asked.</summary>
    public bool? Complete => Incomplete is null ? null : Incomplete.Count == 0;

    /// <summary>Every question asked has a yes.</summary>
    public bool IsValid => Accepted && Complete != false;

    /// <summary>Both lists, rejections first.</summary>
    public IReadOnlyList<PolicyValidationError> Errors => [.. Rejected, .. Incomplete ?? []];
}
