using Amazon.DynamoDBv2;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Terminal;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>Region and endpoint of the CLI's SDK clients (state table, snapshot bucket) from the command's environment.</summary>
public sealed class SdkClientSettingsTests
{
    [Fact]
    public void TheServicesOwnEndpointVariableWinsOverAwsEndpointUrlAndIsSignedForAwsRegion()
    {
        var config = new AmazonDynamoDBConfig();

        var named = SdkClientSettings.Apply(
            Host(("AWS_REGION", "eu-west-1"), ("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:4566/"), ("AWS_ENDPOINT_URL", "http://127.0.0.1:9/")),
            config, "AWS_ENDPOINT_URL_DYNAMODB", "DynamoDB");

        Assert.Equal("http://127.0.0.1:4566/", named);
        Assert.Equal("http://127.0.0.1:4566/", config.ServiceURL);
        Assert.Equal("eu-west-1", config.AuthenticationRegion);
    }

    [Fact]
    public void AwsEndpointUrlServesEveryServiceWithoutItsOwnVariable()
    {
        var config = new AmazonDynamoDBConfig();

        var named = SdkClientSettings.Apply(Host(("AWS_ENDPOINT_URL", "http://127.0.0.1:4566/")), config, "AWS_ENDPOINT_URL_DYNAMODB", "DynamoDB");

        Assert.Equal("http://127.0.0.1:4566/", named);
        Assert.Equal("us-east-1", config.AuthenticationRegion);
    }

    [Theory]
    [InlineData("", "DynamoDB in us-east-1")]
    [InlineData("ap-south-1", "DynamoDB in ap-south-1")]
    public void WithoutAnEndpointTheRegionsServiceIsNamed(string region, string expected)
    {
        var config = new AmazonDynamoDBConfig();

        var named = SdkClientSettings.Apply(Host(("AWS_REGION", region)), config, "AWS_ENDPOINT_URL_DYNAMODB", "DynamoDB");

        Assert.Equal(expected, named);
        Assert.Null(config.ServiceURL);
        Assert.Equal(region.Length > 0 ? region : "us-east-1", config.RegionEndpoint.SystemName);
    }

    private static CliHost Host(params (string Name, string Value)[] variables) =>
        new(new CliConsole(TextWriter.Null, TextWriter.Null, TextReader.Null, false), "/", "/",
            name => variables.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault(), TimeProvider.System, null!);
}
