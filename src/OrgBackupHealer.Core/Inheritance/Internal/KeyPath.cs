namespace OrgBackupHealer.Core.Inheritance.Internal;

/// <summary>
/// JSONPath-style key paths in the form the validator already reports (<c>$.plans.daily.regions</c>); a key that
/// would make that ambiguous, such as a copy action's vault ARN, is written in brackets instead.
/// </summary>
internal static class KeyPath
{
    public const string Root = "$";

    public static string Child(string parent, string key) => IsPlain(key)
        ? $"{parent}.{key}"
        : $"{parent}['{key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>True when <paramref name="path"/> is <paramref name="ancestor"/> or a key somewhere under it.</summary>
    public static bool IsWithin(string path, string ancestor) =>
        path.StartsWith(ancestor, StringComparison.OrdinalIgnoreCase)
        && (path.Length == ancestor.Length || path[ancestor.Length] is '.' or '[');

    private static bool IsPlain(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '@' or '$');
}
