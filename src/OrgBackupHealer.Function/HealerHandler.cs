using System.Text.Json;
using OrgBackupHealer.Core.Approvals;
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

        if (ApprovalPayload.TryRead(invocation.Body, out var approval))
        {
            return await ApproveAsync(approval!, deadline).ConfigureAwait(false);
        }

        var outcome = await pipeline.HandleEventAsync(invocation.Body, context, deadline).ConfigureAwait(false);
        return JsonSerializer.SerializeToUtf8Bytes(InvocationSummary.Of(outcome), FunctionJsonContext.Default.InvocationSummary);
    }

    /// <summary>Exactly one proposal applied, or the invocation fails with why nothing was written.</summary>
    private async Task<byte[]> ApproveAsync(ApprovalPayload approval, CancellationToken deadline)
    {
        var result = await pipeline.HandleApprovalAsync(approval.ProposalId, approval.Approver, deadline).ConfigureAwait(false);
        LogField[] fields =
        [
            LogField.Of("proposal", approval.ProposalId),
            LogField.Of("approval_verdict", result.Verdict.ToString()),
            LogField.Of("policy", result.Proposal?.Policy),
            LogField.Of("approver", approval.Approver),
            LogField.Of("new_proposal", result.Replacement?.Id),
        ];
        if (result.Verdict != ApprovalVerdict.Applied)
        {
            logger.Warning($"approval refused: {result.Message}", fields);
            throw new ApprovalRefusedException(result.Message);
        }

        logger.Info(result.Message, fields);
        return JsonSerializer.SerializeToUtf8Bytes(ApprovalSummary.Of(result), FunctionJsonContext.Default.ApprovalSummary);
    }
}
