using OrgBackupHealer.Aws.Internal;

namespace OrgBackupHealer.Aws.Tests;

public sealed class EndpointResolverTests
{
    [Theory]
    [InlineData(null, null, "https://organizations.us-east-1.amazonaws.com/")]
    [InlineData(null, "http://localhost:4566", "http://localhost:4566/")]
    [InlineData("http://127.0.0.1:5000", "http://localhost:4566", "http://127.0.0.1:5000/")]
    [InlineData("  ", "http://localhost:4566", "http://localhost:4566/")]
    public void UsesTheServiceVariableThenTheGlobalOneThenTheDefault(string? service, string? global, string expected)
    {
        var environment = new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_ORGANIZATIONS"] = service, ["AWS_ENDPOINT_URL"] = global };

        var endpoint = EndpointResolver.Resolve(environment.GetValueOrDefault);

        Assert.Equal(new Uri(expected), endpoint);
    }

    [Fact]
    public void RejectsAnEndpointThatIsNotAnHttpUrl()
    {
        var environment = new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_ORGANIZATIONS"] = "localhost:5000" };

        var error = Assert.Throws<ArgumentException>(() => EndpointResolver.Resolve(environment.GetValueOrDefault));

        Assert.Contains("AWS_ENDPOINT_URL_ORGANIZATIONS", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "https://events.eu-west-1.amazonaws.com/")]
    [InlineData(null, "http://localhost:4566", "http://localhost:4566/")]
    [InlineData("http://127.0.0.1:5000", "http://localhost:4566", "http://127.0.0.1:5000/")]
    public void AnotherServiceReadsItsOwnVariableThenTheGlobalOneThenItsAwsEndpoint(string? service, string? global, string expected)
    {
        var environment = new Dictionary<string, string?>
        {
            ["AWS_ENDPOINT_URL_EVENTBRIDGE"] = service,
            ["AWS_ENDPOINT_URL"] = global,
            ["AWS_ENDPOINT_URL_ORGANIZATIONS"] = "http://organizations.example:1/",
        };

        var endpoint = EndpointResolver.Resolve(environment.GetValueOrDefault, "AWS_ENDPOINT_URL_EVENTBRIDGE", new Uri("https://events.eu-west-1.amazonaws.com/"));

        Assert.Equal(new Uri(expected), endpoint);
    }

    [Fact]
    public void ARefusalNamesTheVariableThatHeldTheValue()
    {
        var environment = new Dictionary<string, string?> { ["AWS_ENDPOINT_URL"] = " ftp://x " };

        var error = Assert.Throws<ArgumentException>(
            () => EndpointResolver.Resolve(environment.GetValueOrDefault, "AWS_ENDPOINT_URL_EVENTBRIDGE", new Uri("https://events.us-east-1.amazonaws.com/")));

        Assert.Equal("AWS_ENDPOINT_URL must be an absolute http(s) URL, not 'ftp://x'.", error.Message);
    }
}
