using System.Text.Json;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Function.Runtime;
using OrgBackupHealer.Function.Sqs;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// The Lambda handler: parse, hand to the pipeline, answer. A batch from the error-signal queue gets a partial batch
/// response naming the records to deliver again; any other event gets a summary of what it came to. A transient
/// failure propagates, so that Lambda retries the event.
/// </summary>
internal sealed class HealerHandler(HealerPipeline pipeline, JsonLogger logger) : IInvocationHandler
{
    public async Task<byte[]> HandleAsync(Invocation invocation, CancellationToken deadline)
    {
        logger.StartInvocation(invocation.RequestId, invocation.TraceId);
        var context = new InvocationContext(invocation.RequestId, invocation.Deadline);
        if (SqsBatchReader.TryRead(invocation.Body, out var records))
        {
            var batch = await pipeline.HandleBatchAsync(records, context, deadline).ConfigureAwait(false);
            var failures = batch.RetriedMessageIds.Select(id => new SqsBatchItemFailure(id)).ToList();
            return JsonSerializer.SerializeToUtf8Bytes(new SqsBatchResponse(failures), FunctionJsonContext.Default.SqsBatchResponse);
        }

        var outcome = await pipeline.HandleEventAsync(invocation.Body, context, deadline).ConfigureAwait(false);
        return JsonSerializer.SerializeToUtf8Bytes(InvocationSummary.Of(outcome), FunctionJsonContext.Default.InvocationSummary);
    }
}
