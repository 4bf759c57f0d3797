using System.Globalization;

namespace OrgBackupHealer.Aws;

/// <summary>Where the invocation's log lines are, for the incident's <c>logs</c> link: the function's log group and stream, and a console URL.</summary>
public sealed record IncidentLogs(string LogGroup, string? LogStream, string Url)
{
    /// <summary>From the Lambda environment (AWS_LAMBDA_LOG_GROUP_NAME, AWS_LAMBDA_LOG_STREAM_NAME, AWS_REGION); null outside Lambda.</summary>
    public static IncidentLogs? FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment("AWS_LAMBDA_LOG_GROUP_NAME") is not { Length: > 0 } group)
        {
            return null;
        }

        var region = environment("AWS_REGION") is { Length: > 0 } r ? r : "us-east-1";
        var stream = environment("AWS_LAMBDA_LOG_STREAM_NAME") is { Length: > 0 } s ? s : null;
        var url = string.Create(CultureInfo.InvariantCulture, $"https://{region}.console.aws.amazon.com/cloudwatch/home?region={region}#logsV2:log-groups/log-group/{ConsoleEscape(group)}")
            + (stream is null ? "" : "/log-events/" + ConsoleEscape(stream));
        return new IncidentLogs(group, stream, url);
    }

    /// <summary>The CloudWatch console's own escaping of names in its fragment: URL-encoded, then '%' written as '$25'.</summary>
    private static string ConsoleEscape(string name) => Uri.EscapeDataString(name).Replace("%", "$25", StringComparison.Ordinal);
}
