using System.Text.Json.Nodes;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// The alarms select metrics by name and exact dimension set; these tie each alarm to a metric the function emits
/// (OrgBackupHealer.Observability.MetricNames) with the [service] set it publishes (docs/metrics.md).
/// </summary>
public sealed class AlarmTests
{
    [Theory]
    [InlineData("HealingRunSpikeAlarm", MetricNames.HealingRun, "HealingRunAlarmThreshold")]
    [InlineData("TargetUnreachableAlarm", MetricNames.TargetUnreachable, null)]
    [InlineData("ReconcileFailedAlarm", MetricNames.ReconcileFailed, null)]
    [InlineData("FlapGuardTrippedAlarm", MetricNames.FlapGuardTripped, null)]
    [InlineData("CoverageIncompleteAlarm", MetricNames.CoverageIncomplete, null)]
    [InlineData("StateStoreErrorAlarm", MetricNames.StateStoreError, null)]
    [InlineData("IncidentPublishFailedAlarm", MetricNames.IncidentPublishFailed, null)]
    public async Task AlarmWatchesTheFunctionsMetricUnderTheServiceDimensionOnly(string alarm, string metric, string? thresholdParameter)
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();

        // Act
        var properties = SamTemplate.Resource(template, alarm)["Properties"]!.AsObject();
        var dimensions = SamTemplate.OneOrMany(properties["Dimensions"]).Select(d => d["Name"]!.GetValue<string>());

        // Assert
        Assert.Equal(metric, properties["MetricName"]?.GetValue<string>());
        Assert.Equal(["service"], dimensions);
        Assert.Equal("Sum", properties["Statistic"]?.GetValue<string>());
        if (thresholdParameter is not null)
        {
            Assert.Equal(thresholdParameter, properties["Threshold"]?["Ref"]?.GetValue<string>());
        }
    }

    [Fact]
    public async Task TheBaselineAlarmKeepsItsStateWhenACheckJudgedNoAccount()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();

        // Act
        var properties = SamTemplate.Resource(template, "BaselineNotInEffectAlarm")["Properties"]!;

        // Assert: "ignore" keeps the alarm as it is on missing data; notBreaching would turn it green.
        Assert.Equal("ignore", properties["TreatMissingData"]?.GetValue<string>());
    }

    [Fact]
    public async Task NoAlarmWatchesAutoFixWhichCountsActionsNotIncidents()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();

        // Act
        var alarms = template["Resources"]!.AsObject()
            .Where(r => r.Value?["Type"]?.GetValue<string>() == "AWS::CloudWatch::Alarm")
            .Select(r => r.Value!.ToJsonString());

        // Assert
        Assert.DoesNotContain(alarms, json => json.Contains("\"AutoFix\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BaselineNotInEffectAlarmWatchesBothCoverageMetricsUnderTheServiceDimension()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();

        // Act
        var metrics = SamTemplate.OneOrMany(SamTemplate.Resource(template, "BaselineNotInEffectAlarm")["Properties"]?["Metrics"])
            .Select(m => m.AsObject()).Where(m => m["MetricStat"] is not null).ToList();

        // Assert
        Assert.Equal(
            [MetricNames.BaselineOverridden, MetricNames.EffectivePolicyInvalid],
            metrics.Select(m => m["MetricStat"]!["Metric"]!["MetricName"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(metrics, m => Assert.Equal(
            ["service"], SamTemplate.OneOrMany(m["MetricStat"]!["Metric"]!["Dimensions"]).Select(d => d["Name"]!.GetValue<string>())));
    }
}
