namespace OrgBackupHealer.Function.Runtime;

internal interface IInvocationHandler
{
    /// <returns>The response body. Throwing reports an error for this invocation to the Runtime API.</returns>
    /// <param name="deadline">Cancelled shortly before Lambda's own deadline, so the error can still be reported.</param>
    Task<byte[]> HandleAsync(Invocation invocation, CancellationToken deadline);
}
