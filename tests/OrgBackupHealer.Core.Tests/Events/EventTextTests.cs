using System.Buffers;
using System.Text;
using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>
/// The records keep plain-ASCII members as bytes of the body and decode them when read (DeferredText); what they
/// read must be the member's text wherever the body sits in memory and however the member is written.
/// </summary>
public class EventTextTests
{
    private static readonly EventClassifier s_classifier = new(
        Fixtures.ManagedPolicyName, HealerRole.TryParse(Fixtures.HealerRoleArn, out var role) ? role : null);

    [Fact]
    public void ReadsEveryTextMemberFromABodyThatIsASliceOfALargerBuffer()
    {
        var fixture = Fixtures.Read("detach-managed-policy");
        var buffer = new byte[fixture.Length + 40];
        buffer.AsSpan().Fill((byte)'x');
        fixture.CopyTo(buffer, 17);

        var result = s_classifier.Classify(buffer.AsMemory(17, fixture.Length), Fixtures.ManagedPolicyId);

        AssertEveryTextMemberOfDetachManagedPolicy(result);
    }

    [Fact]
    public void ReadsEveryTextMemberFromABodyThatIsNotInAnArray()
    {
        using var memory = new NotAnArray(Fixtures.Read("detach-managed-policy"));

        var result = s_classifier.Classify(memory.Memory, Fixtures.ManagedPolicyId);

        AssertEveryTextMemberOfDetachManagedPolicy(result);
    }

    [Fact]
    public void DecodesEscapedAndNonAsciiMembersAsTheirText()
    {
        var body = Encoding.UTF8.GetBytes(
            """{"id":"caf\u00e9-1","source":"aws.organizations","detail-type":"AWS API Call via CloudTrail","account":"111111111111","detail":{"eventSource":"organizations.amazonaws.com","eventName":"Detach\u0050olicy","userIdentity":{"arn":"arn:aws:iam::111111111111:user/zoë"},"requestParameters":{"policyId":"p-abcd1234"}}}""");

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.DriftSignal, result.Kind);
        Assert.Equal("café-1", result.Event!.Id);
        Assert.Equal("DetachPolicy", result.EventName);
        Assert.Equal("arn:aws:iam::111111111111:user/zoë", result.Principal);
    }

    [Fact]
    public void KeepsTheLastValueOfAMemberGivenTwice()
    {
        var body = """{"id":"first","source":"aws.ec2","detail-type":"x","id":"second","account":null,"account":"222222222222"}"""u8.ToArray();

        var result = s_classifier.Classify(body);

        Assert.Equal("second", result.Event!.Id);
        Assert.Equal("222222222222", result.SourceAccount);
    }

    [Fact]
    public void ReadsAnEmptyStringAsEmptyAndNullAsNull()
    {
        var body = """{"id":"","source":"aws.ec2","detail-type":"x","account":null}"""u8.ToArray();

        var result = s_classifier.Classify(body);

        Assert.Equal("", result.Event!.Id);
        Assert.Null(result.Event.Account);
    }

    [Fact]
    public void DecodesAMemberOnceHoweverOftenItIsRead()
    {
        var result = s_classifier.Classify(Fixtures.Read("detach-managed-policy"), Fixtures.ManagedPolicyId);

        Assert.Same(result.Detail!.EventId, result.Detail.EventId);
        Assert.Same(result.Detail.UserIdentity!.Arn, result.Detail.UserIdentity.Arn);
    }

    [Fact]
    public void APlainMemberIsDecodedWhenFirstReadAndAnEscapedOneWhileTheBodyIsRead()
    {
        // The account is escaped (\u0031 is '1'), the id is plain ASCII.
        var body = """{"id":"plain-id","source":"aws.ec2","detail-type":"x","account":"11111111111\u0031"}"""u8.ToArray();
        var warmUp = s_classifier.Classify(body).Event!;
        _ = (warmUp.Account, warmUp.Id);
        var e = s_classifier.Classify(body).Event!;

        var start = GC.GetAllocatedBytesForCurrentThread();
        var account = e.Account;
        var afterEscaped = GC.GetAllocatedBytesForCurrentThread();
        var id = e.Id;
        var afterPlain = GC.GetAllocatedBytesForCurrentThread();

        Assert.Equal(("111111111111", "plain-id"), (account, id));
        Assert.Equal(0, afterEscaped - start);
        Assert.True(afterPlain - afterEscaped > 0, "the plain id was decoded before it was read");
    }

    [Fact]
    public void KeepsATextGivenToARecordAsItIs()
    {
        var detail = new CloudTrailDetail { EventName = "AttachPolicy", ErrorCode = null };

        Assert.Equal("AttachPolicy", detail.EventName);
        Assert.Null(detail.ErrorCode);
    }

    [Fact]
    public void ReadsANullPolicyInTheResponseAsNoneAndLeavesItsSiblingsAtTheirLevel()
    {
        var body = """{"source":"aws.organizations","detail-type":"AWS API Call via CloudTrail","detail":{"eventSource":"organizations.amazonaws.com","eventName":"UpdatePolicy","requestParameters":{"policyId":"p-zzzzzzzz"},"responseElements":{"policy":null,"policySummary":{"name":"org-backup-baseline","type":"BACKUP_POLICY"}}}}"""u8.ToArray();

        var result = s_classifier.Classify(body, Fixtures.ManagedPolicyId);

        Assert.Equal(EventKind.Unrelated, result.Kind);
        Assert.Null(result.Detail!.ResponseElements!.Policy);
    }

    private static void AssertEveryTextMemberOfDetachManagedPolicy(EventClassification result)
    {
        Assert.Equal(EventKind.DriftSignal, result.Kind);
        var e = result.Event!;
        var d = result.Detail!;
        Assert.Equal<string?[]>(
            ["2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "111111111111", "2025-11-27T15:02:19Z"],
            [e.Id, e.Account, e.Time]);
        Assert.Equal<string?[]>(
            ["2025-11-27T15:02:18Z", "DetachPolicy", "f3a4b5c6-d7e8-4f9a-8b1c-2d3e4f5a6b7c", "111111111111", null, null],
            [d.EventTime, d.EventName, d.EventId, d.RecipientAccountId, d.ErrorCode, d.ErrorMessage]);
        Assert.Equal<string?[]>(
            ["AIDAQEXAMPLEALICE0001", "arn:aws:iam::111111111111:user/alice", null, Fixtures.ManagedPolicyId, null, null],
            [d.UserIdentity!.PrincipalId, d.UserIdentity.Arn, d.UserIdentity.InvokedBy, d.RequestParameters!.PolicyId, d.RequestParameters.PolicyType, d.RequestParameters.Name]);
    }

    /// <summary>Memory that does not say which array it is in, as a pooled or native buffer would not.</summary>
    private sealed class NotAnArray(byte[] bytes) : MemoryManager<byte>
    {
        public override Span<byte> GetSpan() => bytes;

        public override MemoryHandle Pin(int elementIndex = 0) => throw new NotSupportedException("the reader reads spans");

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
