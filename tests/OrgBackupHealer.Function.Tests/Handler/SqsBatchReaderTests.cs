using System.Text;
using OrgBackupHealer.Function.Sqs;

namespace OrgBackupHealer.Function.Tests.Handler;

/// <summary>
/// A body is a queue batch only when its top-level "Records" array holds aws:sqs messages and the whole body reads;
/// anything else takes the direct path, where the classifier names what it is.
/// </summary>
public sealed class SqsBatchReaderTests
{
    [Fact]
    public void ReadsRecordsThatFollowAnObjectValuedMember()
    {
        // Arrange: a nested object's members are not the top level's.
        var body = Utf8("""{"meta":{"note":1,"Other":[]},"Records":[{"eventSource":"aws:sqs","messageId":"m-1","body":"{}"}]}""");

        // Act
        var read = SqsBatchReader.TryRead(body, out var records);

        // Assert
        Assert.True(read);
        Assert.Equal("m-1", Assert.Single(records!).MessageId);
    }

    [Fact]
    public void RefusesABatchWithOneMessageFromAnotherSource()
    {
        // Arrange
        var body = Utf8("""{"Records":[{"eventSource":"aws:sqs","messageId":"m-1","body":"{}"},{"eventSource":"aws:kinesis","messageId":"m-2","body":"{}"}]}""");

        // Act
        var read = SqsBatchReader.TryRead(body, out var records);

        // Assert
        Assert.False(read);
        Assert.Null(records);
    }

    [Fact]
    public void RefusesABodyThatBreaksOffAfterItsRecordsArrayStarts()
    {
        // Arrange: the top-level check passes; the full read fails.
        var body = Utf8("""{"Records":[{"eventSource":"aws:sqs","messageId":"m-1","body":"{}"}""");

        // Act
        var read = SqsBatchReader.TryRead(body, out var records);

        // Assert
        Assert.False(read);
        Assert.Null(records);
    }

    [Fact]
    public void GivesAMessageWithoutAnIdAnEmptyIdentifierAndKeepsItsBody()
    {
        // Arrange
        var body = Utf8("""{"Records":[{"eventSource":"aws:sqs","body":"{\"a\":1}"}]}""");

        // Act
        var read = SqsBatchReader.TryRead(body, out var records);

        // Assert
        Assert.True(read);
        var record = Assert.Single(records!);
        Assert.Equal("", record.MessageId);
        Assert.Equal("""{"a":1}""", Encoding.UTF8.GetString(record.Body.Span));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
