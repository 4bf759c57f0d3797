using Amazon.DynamoDBv2;
using Amazon.S3;
using OrgBackupHealer.Core.Approvals;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Observability;
using OrgBackupHealer.Storage;

namespace OrgBackupHealer.Function;

/// <summary>
/// Where the gate's state and the pre-write snapshots go. The SDK clients resolve region, credentials and
/// AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL from the environment by themselves.
/// </summary>
internal static class StorageComposition
{
    /// <param name="faults">Where the DynamoDB store reports an item it cannot read (it reads it as empty and goes on).</param>
    public static IHealerStateStore CreateStateStore(HealerConfiguration configuration, IStateStoreFaults faults) =>
        configuration.StateTable is { } table
            ? new DynamoDbHealerStateStore(new AmazonDynamoDBClient(), table, faults)
            : new InMemoryHealerStateStore();

    /// <summary>Without a state table the checks restart at the root with each execution environment.</summary>
    public static ICoverageProgressStore CreateCoverageProgressStore(HealerConfiguration configuration) =>
        configuration.StateTable is { } table
            ? new DynamoDbCoverageProgressStore(new AmazonDynamoDBClient(), table)
            : new InMemoryCoverageProgressStore();

    /// <summary>Without a state table, proposals live as long as the execution environment (a trial only).</summary>
    public static IProposalStore CreateProposalStore(HealerConfiguration configuration) =>
        configuration.StateTable is { } table
            ? new DynamoDbProposalStore(new AmazonDynamoDBClient(), table)
            : new InMemoryProposalStore();

    public static ISnapshotSink CreateSnapshotSink(HealerConfiguration configuration, JsonLogger logger) =>
        configuration.SnapshotBucket is { } bucket
            ? new S3SnapshotSink(new AmazonS3Client(), bucket)
            : new LogSnapshotSink(logger);
}
