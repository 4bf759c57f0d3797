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
}
