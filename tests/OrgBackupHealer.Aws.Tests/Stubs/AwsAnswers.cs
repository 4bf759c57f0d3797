using System.Net;
using System.Text;

namespace OrgBackupHealer.Aws.Tests.Stubs;

/// <summary>Responses shaped as AWS Organizations sends them (JSON 1.1 bodies, error __type with namespace).</summary>
internal static class AwsAnswers
{
    public const string ErrorNamespace = "com.amazonaws.organizations.v20161128#";

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) => new(status)
    {
        Content = new StringContent(body, Encoding.UTF8, "application/x-amz-json-1.1"),
    };

    public static HttpResponseMessage Error(string code, string message, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        Json($$"""{"__type":"{{ErrorNamespace}}{{code}}","Message":"{{message}}"}""", status);

    public static HttpResponseMessage Throttled() => Error("TooManyRequestsException", "Rate exceeded");

    public const string EmptyRoots = """{"Roots":[]}""";

    public static string Root(string id, string policyTypes = "[]") =>
        $$"""{"Id":"{{id}}","Arn":"arn:aws:organizations::111111111111:root/o-abc123/{{id}}","Name":"Root","PolicyTypes":{{policyTypes}}}""";

    public static string PolicySummary(string id, string name) =>
        $$"""{"Id":"{{id}}","Arn":"arn:aws:organizations::111111111111:policy/o-abc123/backup_policy/{{id}}","Name":"{{name}}","Description":"d","Type":"BACKUP_POLICY","AwsManaged":false}""";

    /// <summary>The output of CreatePolicy, UpdatePolicy and DescribePolicy.</summary>
    public static string PolicyOutput(string id, string name) =>
        "{\"Policy\":{\"PolicySummary\":" + PolicySummary(id, name) + ",\"Content\":\"{}\"}}";
}
