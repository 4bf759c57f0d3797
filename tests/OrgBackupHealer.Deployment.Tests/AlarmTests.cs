using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Deployment.Tests;

public sealed class AlarmTests
{
    [Fact]
    public async Task AutoFixSpikeAlarmSumsEveryFixType()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();
        var metrics = SamTemplate.OneOrMany(SamTemplate.Resource(template, "AutoFixSpikeAlarm")["Properties"]?["Metrics"])
            .Select(metric => metric.AsObject())
            .ToList();

        // Act
        var autoFixQueries = metrics.Where(metric => metric["MetricStat"]?["Metric"]?["MetricName"]?.GetValue<string>() == "AutoFix").ToList();
        var fixTypes = autoFixQueries.Select(query => DimensionValue(query, "FixType"));
        var sum = Assert.Single(metrics, metric => metric["ReturnData"]?.GetValue<bool>() == true);

        // Assert: one series per FixType of the Core enum, each with exactly the EMF dimension set, all summed.
        Assert.Equal(Enum.GetNames<FixType>().Order(StringComparer.Ordinal), fixTypes.Order(StringComparer.Ordinal));
        Assert.All(autoFixQueries, query => Assert.Equal(["FixType", "service"], DimensionNames(query)));
        var expression = sum["Expression"]!.GetValue<string>();
        Assert.StartsWith("SUM(", expression, StringComparison.Ordinal);
        Assert.All(autoFixQueries, query => Assert.Contains(query["Id"]!.GetValue<string>(), expression, StringComparison.Ordinal));
    }

    private static IEnumerable<JsonObject> Dimensions(JsonObject query) =>
        SamTemplate.OneOrMany(query["MetricStat"]?["Metric"]?["Dimensions"]).Select(dimension => dimension.AsObject());

    private static string DimensionValue(JsonObject query, string name) =>
        Dimensions(query).Single(dimension => dimension["Name"]?.GetValue<string>() == name)["Value"]!.GetValue<string>();

    private static IEnumerable<string> DimensionNames(JsonObject query) =>
        Dimensions(query).Select(dimension => dimension["Name"]!.GetValue<string>()).Order(StringComparer.Ordinal);
}
