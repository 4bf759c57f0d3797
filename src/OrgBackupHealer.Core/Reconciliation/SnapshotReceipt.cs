namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>Where a pre-write snapshot is (a file path, an s3:// URI, or the log), and whether an earlier identical one was reused.</summary>
public sealed record SnapshotReceipt(string Location, bool Reused);
