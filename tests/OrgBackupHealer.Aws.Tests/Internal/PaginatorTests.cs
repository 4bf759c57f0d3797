using OrgBackupHealer.Aws.Internal;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Tests.Internal;

/// <summary>NextToken is followed until the service stops sending one; an empty token ends it, a repeated one is an error.</summary>
public sealed class PaginatorTests
{
    private sealed record Page(string[]? Items, string? NextToken);

    [Fact]
    public async Task APageWithoutItemsAddsNothingAndTheNextPageIsRead()
    {
        var pages = new Queue<Page>([new Page(null, "t1"), new Page(["a"], null)]);

        var all = await Paginator.ReadAllAsync("ListRoots", (_, _) => Task.FromResult(pages.Dequeue()), p => p.Items, p => p.NextToken, default);

        Assert.Equal(["a"], all);
    }

    [Fact]
    public async Task AnEmptyNextTokenEndsThePagination()
    {
        var tokens = new List<string?>();

        var all = await Paginator.ReadAllAsync(
            "ListRoots",
            (token, _) =>
            {
                tokens.Add(token);
                return Task.FromResult(new Page(["a"], ""));
            },
            p => p.Items,
            p => p.NextToken,
            default);

        Assert.Equal(["a"], all);
        Assert.Equal([null], tokens);
    }

    [Fact]
    public async Task TheSameNextTokenTwiceIsAnInvalidResponseOfTheOperation()
    {
        var error = await Assert.ThrowsAsync<OrganizationsException>(() => Paginator.ReadAllAsync(
            "ListPolicies", (_, _) => Task.FromResult(new Page(["a"], "again")), p => p.Items, p => p.NextToken, default));

        Assert.Equal(OrganizationsErrorCodes.InvalidResponse, error.ErrorCode);
        Assert.Equal("ListPolicies", error.Operation);
        Assert.Equal("ListPolicies returned the same NextToken twice.", error.Message);
    }
}
