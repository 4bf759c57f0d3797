namespace OrgBackupHealer.Core.Coverage;

/// <summary>
/// A key of the baseline plan that an account does not get as the baseline sets it: <paramref name="Change"/> is
/// changed, removed, extended or added; <paramref name="By"/> is "policy X (p-…) at ou-…", or null when nothing on the
/// path set it (the baseline is not attached above the account).
/// </summary>
public sealed record BaselineOverride(string Path, string Change, string? By)
{
    public override string ToString() => By is null ? $"{Path}: {Change}" : $"{Path}: {Change} by {By}";
}
