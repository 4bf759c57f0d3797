using OrgBackupHealer.Function.Runtime;

namespace OrgBackupHealer.Function.Tests;

internal sealed class DelegateHandler(Func<Invocation, CancellationToken, Task<byte[]>> handle) : IInvocationHandler
{
    public Task<byte[]> HandleAsync(Invocation invocation, CancellationToken deadline) => handle(invocation, deadline);
}
