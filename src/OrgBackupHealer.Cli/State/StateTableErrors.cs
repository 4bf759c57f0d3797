using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace OrgBackupHealer.Cli.State;

/// <summary>Turns what DynamoDB answered into one line a person can act on.</summary>
internal static class StateTableErrors
{
    public static bool IsTableError(Exception error) => error is AmazonServiceException or AmazonClientException or HttpRequestException;

    public static CliException For(Exception error, StateTableSession session) => error switch
    {
        ResourceNotFoundException => new(
            $"state table '{session.Table}' does not exist at {session.Endpoint}: pass the stack's StateTableName output "
            + "(aws cloudformation describe-stacks --stack-name <stack> --query \"Stacks[0].Outputs\"), in the stack's region (AWS_REGION).", error),
        AmazonServiceException { ErrorCode: { Length: > 0 } code } service => new(
            $"state table '{session.Table}': DynamoDB answered {code} ({service.Message.ReplaceLineEndings(" ").TrimEnd('.')}). "
            + "The command needs dynamodb:GetItem, PutItem and Scan on the table.", error),
        _ => new($"cannot reach the state table '{session.Table}' at {session.Endpoint} ({error.Message.ReplaceLineEndings(" ").TrimEnd('.')}). "
            + $"Check the endpoint ({StateTableSession.EndpointVariable}, AWS_ENDPOINT_URL), the credentials and the network.", error),
    };
}
