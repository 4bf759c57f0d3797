namespace OrgBackupHealer.Core.Events;

/// <summary>
/// The members of an EventBridge envelope that a decision reads ("detail-type" as DetailType), with its detail read as
/// a CloudTrail record. A scheduled event's empty detail reads as an empty record.
/// </summary>
public sealed class EventBridgeEvent
{
    private DeferredText _id;
    private DeferredText _account;
    private DeferredText _time;

    public string? Id { get => _id.Value; init => _id = DeferredText.Decoded(value); }

    public string? DetailType { get; init; }

    public string? Source { get; init; }

    public string? Account { get => _account.Value; init => _account = DeferredText.Decoded(value); }

    public string? Time { get => _time.Value; init => _time = DeferredText.Decoded(value); }

    /// <summary>Null when the detail is missing, null, or does not read as a CloudTrail record.</summary>
    public CloudTrailDetail? Detail { get; init; }

    /// <param name="detailProblem">The first member of the detail with the wrong type, kept apart from the envelope's
    /// own: an event of another source may carry any detail, and the source can come after the detail.</param>
    internal static EventBridgeEvent Read(ref EventReader reader, out string? detailProblem)
    {
        string? detailType = null, source = null;
        DeferredText id = default, account = default, time = default;
        CloudTrailDetail? detail = null;
        detailProblem = null;
        while (reader.NextMember())
        {
            if (reader.NameIs("source"u8))
            {
                source = reader.Text("source", EventClassifier.OrganizationsSource, "aws.organizations"u8);
            }
            else if (reader.NameIs("detail-type"u8))
            {
                detailType = reader.Text("detail-type", EventClassifier.CloudTrailDetailType, "AWS API Call via CloudTrail"u8);
            }
            else if (reader.NameIs("id"u8))
            {
                id = reader.Text("id");
            }
            else if (reader.NameIs("account"u8))
            {
                account = reader.Text("account");
            }
            else if (reader.NameIs("time"u8))
            {
                time = reader.Text("time");
            }
            else if (reader.NameIs("detail"u8))
            {
                var envelopeProblem = reader.Problem;
                reader.Problem = null;
                detail = CloudTrailDetail.Read(ref reader);
                detailProblem ??= reader.Problem;
                reader.Problem = envelopeProblem;
            }
            else
            {
                reader.Skip();
            }
        }

        return new EventBridgeEvent
        {
            _id = id,
            DetailType = detailType,
            Source = source,
            _account = account,
            _time = time,
            Detail = detailProblem is null ? detail : null,
        };
    }
}
