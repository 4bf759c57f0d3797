using OrgBackupHealer.Core.Inheritance.Internal;

namespace OrgBackupHealer.Core.Inheritance;

/// <summary>
/// A key of a plan that a policy attached lower in the tree could still change, and with which operators. On a
/// collection (a plan, its rules, a rule's lifecycle...) <see cref="ValueSettingOperators.Append"/> means a child can
/// add keys to it and <see cref="ValueSettingOperators.Assign"/> that it can replace it whole.
/// </summary>
public sealed record OpenKey(string Path, ValueSettingOperators ChildOperators)
{
    public override string ToString() =>
        $"{Path}: open to child policies ({OperatorSyntax.Describe(ChildOperators)}); lock it with \"{OperatorSyntax.AllowedForChildPolicies}\": [\"{OperatorSyntax.NoOperators}\"]";
}
