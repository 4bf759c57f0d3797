namespace OrgBackupHealer.Core.Organizations;

/// <summary>
/// The id of the healer's own policy, as a handle only Core can make: from the observation that identified the
/// managed policy (its tag, the id learnt from an earlier run, or the operator's adoption) or from the answer to
/// the CreatePolicy the healer sent itself. The port's writes that name a policy take this handle, not a string,
/// so no code built on the port can update or attach a policy the healer does not own.
/// </summary>
public sealed class ManagedPolicyId : IEquatable<ManagedPolicyId>
{
    internal ManagedPolicyId(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        Value = value;
    }

    /// <summary>The policy id (p-…), for the adapter to put on the wire.</summary>
    public string Value { get; }

    public bool Equals(ManagedPolicyId? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ManagedPolicyId);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;
}
