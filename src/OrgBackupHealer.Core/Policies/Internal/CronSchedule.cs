namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// schedule_expression: the page asks for a cron expression and links the Amazon EventBridge User Guide for its
/// format, cron(minutes hours day-of-month month day-of-week year), where exactly one of the two day fields is '?'
/// ("you can't specify the Day-of-month and Day-of-week fields in the same cron expression").
/// </summary>
internal static class CronSchedule
{
    /// <summary>Why <paramref name="value"/> is not such an expression, or null.</summary>
    public static string? Check(string value)
    {
        if (!value.StartsWith("cron(", StringComparison.Ordinal) || !value.EndsWith(')'))
        {
            return $"must be a cron expression such as \"cron(0 5 ? * * *)\" (minutes hours day-of-month month day-of-week year), not \"{value}\"";
        }

        var fields = value[5..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != CronField.All.Count)
        {
            return $"a cron expression has 6 fields (minutes hours day-of-month month day-of-week year); \"{value}\" has {fields.Length}";
        }

        foreach (var (field, text) in CronField.All.Zip(fields))
        {
            if (!field.Accepts(text))
            {
                return $"\"{value}\": {field.Name} ({field.Position} field) must be {field.Accepted}, or a list, range or increment of them; found \"{text}\"";
            }
        }

        return (fields[2] == "?") == (fields[4] == "?")
            ? $"\"{value}\": exactly one of day-of-month (3rd field) and day-of-week (5th field) must be '?'"
            : null;
    }
}
