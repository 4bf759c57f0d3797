namespace OrgBackupHealer.Core.Inheritance;

/// <summary>
/// One backup policy attached to a target on an account's path, with its content exactly as Organizations returned it
/// (operators and all).
/// </summary>
internal sealed record AttachedPolicy(string PolicyId, string PolicyName, string Content);

/// <summary>
/// One target on an account's path (the root, an OU, the account itself) and the backup policies attached to it.
/// <see cref="Policies"/> must be in attachment order: AWS evaluates policies on the same target in the order they were
/// attached, and the first one attached wins a conflicting <c>@@assign</c>.
/// </summary>
internal sealed record PathTarget(string TargetId, IReadOnlyList<AttachedPolicy> Policies)
{
    /// <summary>
    /// A path of one target holding one document, for the analyses of a baseline on its own
    /// (<see cref="BaselineCoverage"/>, <see cref="PlanLockAnalysis"/>): they read the merged keys and restrictions,
    /// never the origins and refusals that the label names.
    /// </summary>
    public static IReadOnlyList<PathTarget> Alone(string content)
    {
        // Stryker disable once String : the label only names the target and the policy in origins and refusals, which neither caller reads, and in the error for content that is not a JSON object, which the public entries rule out (they take a validated PolicyDocument).
        var label = "baseline";
        return [new PathTarget(label, [new AttachedPolicy(label, label, content)])];
    }
}

/// <summary>
/// Which policy, attached where: provenance names both because the same policy attached at two targets has two
/// different places in the merge, and a report has to say "policy X at OU Y".
/// </summary>
internal sealed record PolicyPlacement(string PolicyId, string PolicyName, string TargetId)
{
    public override string ToString() => $"{PolicyName} ({PolicyId}) at {TargetId}";
}
