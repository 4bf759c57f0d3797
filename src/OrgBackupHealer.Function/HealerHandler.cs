using OrgBackupHealer.Function.Runtime;
using OrgBackupHealer.Function.Sqs;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// The Lambda handler: a batch from the error-signal queue goes to <see cref="SignalBatchHandler"/>, any other event to
/// <see cref="DirectEventHandler"/>. It keeps the one thing both share between warm invocations, the managed policy's
/// id, so that a healthy reconcile starts from it (3 Organizations calls instead of 5).
/// </summary>
internal sealed class HealerHandler(DirectEventHandler direct, SignalBatchHandler batches, JsonLogger logger) : IInvocationHandler
{
    private string? _knownPolicyId;

    public async Task<byte[]> HandleAsync(Invocation invocation, CancellationToken deadline)
    {
        logger.StartInvocation(invocation.RequestId, invocation.TraceId);
        var (response, learnt) = SqsBatchReader.TryRead(invocation.Body, out var records)
            ? await batches.HandleAsync(invocation, records, _knownPolicyId, deadline).ConfigureAwait(false)
            : await direct.HandleAsync(invocation, _knownPolicyId, deadline).ConfigureAwait(false);
        _knownPolicyId = learnt ?? _knownPolicyId;
        return response;
    }
}
