using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Tests.Coverage;

/// <summary>
/// An organization whose <paramref name="atCall"/>th call of <paramref name="operation"/> takes the whole budget: the
/// clock moves on by it just before the call, so the check's budget runs out in exactly that call.
/// <paramref name="alsoCancel"/>, when given, is cancelled at the same moment (the caller giving up too).
/// </summary>
internal sealed class BudgetExhaustingPort(
    IOrganizationsPort inner, FakeTimeProvider time, TimeSpan budget, string operation, int atCall = 1, CancellationTokenSource? alsoCancel = null)
    : OrganizationsPortDecorator(inner)
{
    private int _calls;

    protected override Task<T> InvokeAsync<T>(string operation1, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        if (operation1 == operation && ++_calls == atCall)
        {
            alsoCancel?.Cancel();
            time.Advance(budget);
        }

        return base.InvokeAsync(operation1, send, cancellationToken);
    }
}
