namespace OrgBackupHealer.Observability;

/// <summary>An extra key on a log line: a single string or a list of strings (e.g. the planned actions).</summary>
public readonly record struct LogField(string Key, string? Value, IReadOnlyList<string>? Values = null)
{
    public static LogField Of(string key, string? value) => new(key, value);

    public static LogField List(string key, IReadOnlyList<string> values) => new(key, null, values);
}
