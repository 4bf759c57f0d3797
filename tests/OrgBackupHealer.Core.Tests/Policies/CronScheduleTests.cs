using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Tests.Policies;

/// <summary>
/// schedule_expression follows the Amazon EventBridge User Guide's "Cron expressions", which the backup policy page
/// links: six fields with their ranges and wildcards, and exactly one of the day fields '?'.
/// </summary>
public sealed class CronScheduleTests
{
    private static IReadOnlyList<PolicyValidationError> Rejections(string cron) => BackupPolicyValidator.Check(
        "{\"plans\":{\"p\":{\"rules\":{\"r\":{\"schedule_expression\":{\"@@assign\":\"" + cron + "\"}}}}}}", PolicyScope.Partial).Rejected;

    [Theory]
    [InlineData("cron(0 5 ? * * *)")]
    [InlineData("cron(0 0/1 ? * * *)")]
    [InlineData("cron(0 5/1 ? * * *)")]
    [InlineData("cron(0/15 * ? * * *)")]
    [InlineData("cron(59 23 31 12 ? 2199)")]
    [InlineData("cron(0 0 1 1 ? 1970)")]
    [InlineData("cron(0 5 1 * ? *)")]
    [InlineData("cron(0 5 ? * 1,3,5 *)")]
    [InlineData("cron(0 5 ? * MON-FRI *)")]
    [InlineData("cron(0 5 ? jan,JUL sun *)")]
    [InlineData("cron(0 5 L * ? *)")]
    [InlineData("cron(0 5 LW * ? *)")]
    [InlineData("cron(0 5 15W * ? *)")]
    [InlineData("cron(0 5 ? * L *)")]
    [InlineData("cron(0 5 ? * 6L *)")]
    [InlineData("cron(0 5 ? * 3#2 *)")]
    [InlineData("cron(0 5 ? * FRI#5 *)")]
    [InlineData("cron(0 8-18/2 ? * * 2025-2030)")]
    [InlineData("cron( 0 5 ? * * * )")]
    public void DocumentedFormsAreAccepted(string cron)
    {
        Assert.Empty(Rejections(cron));
    }

    [Theory]
    [InlineData("cron(60 5 ? * * *)", "minutes (1st field) must be 0 to 59", "60")]
    [InlineData("cron(0 24 ? * * *)", "hours (2nd field) must be 0 to 23", "24")]
    [InlineData("cron(0 5 0 * ? *)", "day-of-month (3rd field) must be 1 to 31, L, LW or nW", "0")]
    [InlineData("cron(0 5 32 * ? *)", "day-of-month (3rd field) must be 1 to 31, L, LW or nW", "32")]
    [InlineData("cron(0 5 32W * ? *)", "day-of-month (3rd field) must be 1 to 31, L, LW or nW", "32W")]
    [InlineData("cron(0 5 1 13 ? *)", "month (4th field) must be 1 to 12 or JAN to DEC", "13")]
    [InlineData("cron(0 5 1 JANUARY ? *)", "month (4th field) must be 1 to 12 or JAN to DEC", "JANUARY")]
    [InlineData("cron(0 5 ? * 8 *)", "day-of-week (5th field) must be 1 to 7, SUN to SAT, L, nL or n#k", "8")]
    [InlineData("cron(0 5 ? * 3#6 *)", "day-of-week (5th field) must be 1 to 7, SUN to SAT, L, nL or n#k", "3#6")]
    [InlineData("cron(0 5 ? * 3#0 *)", "day-of-week (5th field) must be 1 to 7, SUN to SAT, L, nL or n#k", "3#0")]
    [InlineData("cron(0 5 ? * 8L *)", "day-of-week (5th field) must be 1 to 7, SUN to SAT, L, nL or n#k", "8L")]
    [InlineData("cron(0 5 ? * * 1969)", "year (6th field) must be 1970 to 2199", "1969")]
    [InlineData("cron(0 5 ? * * 2200)", "year (6th field) must be 1970 to 2199", "2200")]
    [InlineData("cron(? 5 ? * * *)", "minutes (1st field) must be 0 to 59", "?")]
    [InlineData("cron(0 L ? * * *)", "hours (2nd field) must be 0 to 23", "L")]
    [InlineData("cron(0 5W ? * * *)", "hours (2nd field) must be 0 to 23", "5W")]
    [InlineData("cron(0/0 5 ? * * *)", "minutes (1st field) must be 0 to 59", "0/0")]
    [InlineData("cron(0/60 5 ? * * *)", "minutes (1st field) must be 0 to 59", "0/60")]
    [InlineData("cron(0/x 5 ? * * *)", "minutes (1st field) must be 0 to 59", "0/x")]
    [InlineData("cron(0/1/2 5 ? * * *)", "minutes (1st field) must be 0 to 59", "0/1/2")]
    [InlineData("cron(1-2-3 5 ? * * *)", "minutes (1st field) must be 0 to 59", "1-2-3")]
    [InlineData("cron(1, 5 ? * * *)", "minutes (1st field) must be 0 to 59", "1,")]
    [InlineData("cron(00000 5 ? * * *)", "minutes (1st field) must be 0 to 59", "00000")]
    public void AFieldOutOfItsRangeIsNamedWithTheRangeItTakes(string cron, string field, string found)
    {
        var error = Assert.Single(Rejections(cron));

        Assert.Equal($"\"{cron}\": {field}, or a list, range or increment of them; found \"{found}\"", error.Message);
    }

    [Theory]
    [InlineData("cron(0 5 * * * *)")]
    [InlineData("cron(0 5 1 * 1 *)")]
    [InlineData("cron(0 5 ? * ? *)")]
    public void ExactlyOneDayFieldIsAQuestionMark(string cron)
    {
        var error = Assert.Single(Rejections(cron));

        Assert.Equal($"\"{cron}\": exactly one of day-of-month (3rd field) and day-of-week (5th field) must be '?'", error.Message);
    }

    [Theory]
    [InlineData("rate(1 day)")]
    [InlineData("cron(0 5 ? * * *")]
    [InlineData("0 5 ? * * *)")]
    public void OnlyCronExpressionsAreSchedules(string schedule)
    {
        var error = Assert.Single(Rejections(schedule));

        Assert.StartsWith("must be a cron expression such as", error.Message, StringComparison.Ordinal);
    }
}
