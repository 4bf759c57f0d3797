using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace OrgBackupHealer.EndToEnd.Tests;

/// <summary>
/// What the published bootstrap runs with here: Lambda's runtime variables, every AWS service it calls at moto_server
/// (the standard AWS_ENDPOINT_URL_* variables, fake credentials), and the test's own HEALER_* settings on top.
/// </summary>
internal static class BootstrapEnvironment
{
    public static Dictionary<string, string> With(string runtimeApi, Uri moto, IReadOnlyDictionary<string, string> healer)
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_LAMBDA_RUNTIME_API"] = runtimeApi,
            ["AWS_LAMBDA_FUNCTION_NAME"] = "OrgBackupHealerFunction",
            ["AWS_ENDPOINT_URL_ORGANIZATIONS"] = moto.ToString(),
            ["AWS_ENDPOINT_URL_DYNAMODB"] = moto.ToString(),
            ["AWS_ENDPOINT_URL_S3"] = moto.ToString(),
            ["AWS_ENDPOINT_URL_EVENTBRIDGE"] = moto.ToString(),
            ["AWS_ACCESS_KEY_ID"] = "testing",
            ["AWS_SECRET_ACCESS_KEY"] = "testing",
            ["AWS_SESSION_TOKEN"] = "testing",
            ["AWS_REGION"] = "us-east-1",
        };
        foreach (var (name, value) in healer)
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>The state table as template.yaml declares it: on demand, partition key pk.</summary>
    public static Task CreateStateTableAsync(IAmazonDynamoDB dynamoDb, string table) =>
        dynamoDb.CreateTableAsync(new CreateTableRequest
        {
            TableName = table,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
        });
}
