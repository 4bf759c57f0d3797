using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OrgBackupHealer.Testing;

/// <summary>
/// Captures the healer's incident events in moto as a subscriber would: an SQS queue, and a rule on the default bus
/// matching <c>source: org-backup-healer</c> that targets it (moto delivers rule targets to SQS). Raw JSON calls, as
/// <see cref="MotoAdmin"/> makes them: the test projects have no SQS or EventBridge SDK.
/// </summary>
public sealed class MotoIncidentCapture : IDisposable
{
    private readonly HttpClient _http;

    private MotoIncidentCapture(HttpClient http, string queueUrl)
    {
        _http = http;
        Url = queueUrl;
    }

    public string Url { get; }

    public static async Task<MotoIncidentCapture> CreateAsync(MotoServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var http = new HttpClient { BaseAddress = server.Endpoint };
        var name = "incidents-" + Guid.NewGuid().ToString("N")[..12];
        var queue = await CallAsync(http, "sqs", "AmazonSQS.CreateQueue", "application/x-amz-json-1.0", new JsonObject { ["QueueName"] = name });
        var url = queue["QueueUrl"]!.GetValue<string>();
        var attributes = await CallAsync(http, "sqs", "AmazonSQS.GetQueueAttributes", "application/x-amz-json-1.0",
            new JsonObject { ["QueueUrl"] = url, ["AttributeNames"] = new JsonArray("QueueArn") });
        var arn = attributes["Attributes"]!["QueueArn"]!.GetValue<string>();
        await CallAsync(http, "events", "AWSEvents.PutRule", "application/x-amz-json-1.1", new JsonObject
        {
            ["Name"] = name,
            ["EventBusName"] = "default",
            ["EventPattern"] = """{"source":["org-backup-healer"]}""",
            ["State"] = "ENABLED",
        });
        await CallAsync(http, "events", "AWSEvents.PutTargets", "application/x-amz-json-1.1", new JsonObject
        {
            ["Rule"] = name,
            ["EventBusName"] = "default",
            ["Targets"] = new JsonArray(new JsonObject { ["Id"] = "queue", ["Arn"] = arn }),
        });
        return new MotoIncidentCapture(http, url);
    }

    /// <summary>Every event delivered so far (each the whole EventBridge event), removed from the queue.</summary>
    public async Task<IReadOnlyList<JsonObject>> DrainAsync()
    {
        var events = new List<JsonObject>();
        while (true)
        {
            var received = await CallAsync(_http, "sqs", "AmazonSQS.ReceiveMessage", "application/x-amz-json-1.0",
                new JsonObject { ["QueueUrl"] = Url, ["MaxNumberOfMessages"] = 10, ["WaitTimeSeconds"] = 0 });
            var messages = received["Messages"]?.AsArray() ?? [];
            if (messages.Count == 0)
            {
                return events;
            }

            foreach (var message in messages)
            {
                events.Add(JsonNode.Parse(message!["Body"]!.GetValue<string>())!.AsObject());
                await CallAsync(_http, "sqs", "AmazonSQS.DeleteMessage", "application/x-amz-json-1.0",
                    new JsonObject { ["QueueUrl"] = Url, ["ReceiptHandle"] = message["ReceiptHandle"]!.GetValue<string>() });
            }
        }
    }

    public void Dispose() => _http.Dispose();

    private static async Task<JsonNode> CallAsync(HttpClient http, string service, string target, string contentType, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative)) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Amz-Target", target);
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential=testing/20250101/us-east-1/{service}/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"moto {target} failed: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text.Length == 0 ? "{}" : text)!;
    }
}
