using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Function.Tests;

/// <summary>An organization whose answers to one operation take <paramref name="perCall"/> of fake time, so a budget runs out where a test wants it to.</summary>
internal sealed class SlowOrganization(IOrganizationsPort inner, FakeTimeProvider time, string operation, TimeSpan perCall)
    : OrganizationsPortDecorator(inner)
{
    protected override Task<T> InvokeAsync<T>(string operation1, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        if (operation1 == operation)
        {
            time.Advance(perCall);
        }

        return base.InvokeAsync(operation1, send, cancellationToken);
    }
}
