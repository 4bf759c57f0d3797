using System.Globalization;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// One of the six fields of an AWS cron expression, as the Amazon EventBridge User Guide ("Cron expressions", which
/// the backup policy page links for schedule_expression) defines them: its range, its names (JAN-DEC, SUN-SAT) and
/// the wildcards only it takes ('?' in the day fields, L and W in day-of-month, L and # in day-of-week).
/// </summary>
internal sealed record CronField(string Name, string Position, int Minimum, int Maximum, string Accepted, IReadOnlyList<string> Names, CronDayWildcards Days = CronDayWildcards.None)
{
    public static IReadOnlyList<CronField> All { get; } =
    [
        new("minutes", "1st", 0, 59, "0 to 59", []),
        new("hours", "2nd", 0, 23, "0 to 23", []),
        new("day-of-month", "3rd", 1, 31, "1 to 31, L, LW or nW", [], CronDayWildcards.DayOfMonth),
        new("month", "4th", 1, 12, "1 to 12 or JAN to DEC", ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]),
        new("day-of-week", "5th", 1, 7, "1 to 7, SUN to SAT, L, nL or n#k", ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"], CronDayWildcards.DayOfWeek),
        new("year", "6th", 1970, 2199, "1970 to 2199", []),
    ];

    /// <summary>A list of values, ranges (a-b) and increments (a/n, a-b/n, */n), or '?' where the field allows it.</summary>
    public bool Accepts(string field) => field == "?"
        ? Days != CronDayWildcards.None
        : field.Split(',').All(AcceptsItem);

    private bool AcceptsItem(string item) => Days switch
    {
        CronDayWildcards.DayOfMonth when item is "L" or "LW" => true,
        CronDayWildcards.DayOfMonth when item.EndsWith('W') => IsValue(item[..^1]),
        CronDayWildcards.DayOfWeek when item == "L" => true,
        CronDayWildcards.DayOfWeek when item.EndsWith('L') => IsValue(item[..^1]),
        CronDayWildcards.DayOfWeek when item.Split('#') is [var day, var nth] => IsValue(day) && Number(nth) is >= 1 and <= 5,
        _ => AcceptsStep(item),
    };

    private bool AcceptsStep(string item)
    {
        var parts = item.Split('/');
        return parts switch
        {
            [var start] => AcceptsRange(start),
            [var start, var step] => (start == "*" || AcceptsRange(start)) && Number(step) is { } n && n >= 1 && n <= Maximum,
            _ => false,
        };
    }

    private bool AcceptsRange(string range) => range == "*" || range.Split('-') switch
    {
        [var single] => IsValue(single),
        [var from, var to] => IsValue(from) && IsValue(to),
        _ => false,
    };

    private bool IsValue(string text) =>
        Number(text) is { } n ? n >= Minimum && n <= Maximum : Names.Contains(text, StringComparer.OrdinalIgnoreCase);

    private static int? Number(string text) =>
        text.Length is > 0 and <= 4 && text.All(char.IsAsciiDigit) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : null;
}

/// <summary>The wildcards only the day fields take.</summary>
internal enum CronDayWildcards
{
    None,
    DayOfMonth,
    DayOfWeek,
}
