namespace OrgBackupHealer.Cli.Output;

/// <summary>
/// One validation error. <see cref="Kind"/> says which question it answers: <c>rejected</c>, AWS would not accept
/// the document; <c>incomplete</c>, a plan lacks an element the page marks required.
/// </summary>
internal sealed record ValidationErrorReport(string Path, string Message, string Kind)
{
    public const string Rejected = "rejected";
    public const string Incomplete = "incomplete";
}
