namespace OrgBackupHealer.Core.Policies;

/// <summary>One problem in a policy document; <see cref="Path"/> is a JSONPath such as $.plans.Daily.rules.</summary>
public sealed record PolicyValidationError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
