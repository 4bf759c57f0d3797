using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>Follows NextToken until the service stops sending one.</summary>
internal static class Paginator
{
    public static async Task<IReadOnlyList<TItem>> ReadAllAsync<TPage, TItem>(
        string operation,
        Func<string?, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?> nextToken,
        CancellationToken cancellationToken)
    {
        var all = new List<TItem>();
        string? token = null;
        do
        {
            var page = await fetchPage(token, cancellationToken).ConfigureAwait(false);
            all.AddRange(items(page) ?? []);
            var next = nextToken(page);
            // A token handed back unchanged would loop for ever; stop with a clear error instead.
            if (next is not null && next == token)
            {
                throw new OrganizationsException(OrganizationsErrorCodes.InvalidResponse, $"{operation} returned the same NextToken twice.") { Operation = operation };
            }

            token = string.IsNullOrEmpty(next) ? null : next;
        }
        while (token is not null);

        return all;
    }
}
