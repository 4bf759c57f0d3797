using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Tests.Batching;

public sealed class SortedBatchTests
{
    [Fact]
    public void ARecordThatWasNeverClassifiedIsReportedByItsIndex()
    {
        // Arrange
        var batch = new SortedBatch(count: 1);

        // Act
        var failure = Assert.Throws<InvalidOperationException>(batch.Results);

        // Assert
        Assert.Equal("record 0 of the batch was never classified", failure.Message);
    }

    [Fact]
    public void ARecordClassifiedButNeverSettledIsReportedByItsIndex()
    {
        // Arrange
        var batch = new SortedBatch(count: 2);
        batch.Classified(0, "msg-0", new EventClassification(EventKind.Invalid, "not JSON"));
        batch.Ignore(0, IgnoreReason.Invalid);
        batch.Classified(1, "msg-1", new EventClassification(EventKind.Invalid, "not JSON"));

        // Act
        var failure = Assert.Throws<InvalidOperationException>(batch.Results);

        // Assert
        Assert.Equal("record 1 of the batch has no outcome", failure.Message);
    }
}
