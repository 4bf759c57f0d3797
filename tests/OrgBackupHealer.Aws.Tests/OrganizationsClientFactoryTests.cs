using OrgBackupHealer.Aws.Tests.Stubs;

namespace OrgBackupHealer.Aws.Tests;

/// <summary>Options the factory refuses: a request timeout that is not positive, a page size outside 1-20.</summary>
public sealed class OrganizationsClientFactoryTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void RefusesARequestTimeoutThatIsNotPositive(int seconds)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => StubbedClient.Create(new StubAwsHandler(), StubbedClient.Options with { RequestTimeout = TimeSpan.FromSeconds(seconds) }));

        Assert.Equal("options.RequestTimeout", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void RefusesAPageSizeOutsideOneToTwenty(int pageSize)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => StubbedClient.Create(new StubAwsHandler(), StubbedClient.Options with { PageSize = pageSize }));

        Assert.Equal("pageSize", error.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void AcceptsThePageSizesAtTheLimits(int pageSize)
    {
        using var client = StubbedClient.Create(new StubAwsHandler(), StubbedClient.Options with { PageSize = pageSize });

        Assert.NotNull(client);
    }
}
