namespace OrgBackupHealer.Function.Sqs;

/// <summary>A message the queue must deliver again, named by its message id.</summary>
internal sealed record SqsBatchItemFailure(string ItemIdentifier);
