namespace OrgBackupHealer.Function.Sqs;

/// <summary>
/// The partial batch response (the mapping's FunctionResponseTypes: ReportBatchItemFailures): only the listed
/// messages return to the queue; an empty list means the whole batch is done with.
/// </summary>
internal sealed record SqsBatchResponse(IReadOnlyList<SqsBatchItemFailure> BatchItemFailures);

/// <summary>A message the queue must deliver again, named by its message id.</summary>
internal sealed record SqsBatchItemFailure(string ItemIdentifier);
