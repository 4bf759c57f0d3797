using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Tests.Policies;

/// <summary>
/// A child policy holds only what it changes ("Example 5: A child policy overrides settings in a parent policy" on
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html#backup-policy-example-5):
/// <see cref="PolicyScope.Partial"/> asks only whether AWS would accept it; the default, a policy meant to stand
/// alone, also asks whether its plans are complete and says which required elements are missing where.
/// </summary>
public sealed class PartialPolicyTests
{
    private const string ChildAddingATagValue = """
        {"plans":{"baseline":{"selections":{"tags":{"backup":{"tag_value":{"@@append":["weekly"]}}}}}}}
        """;

    [Fact]
    public void AChildPolicyHoldingOnlyItsChangeIsAcceptedAsPartial()
    {
        var verdict = BackupPolicyValidator.Check(ChildAddingATagValue, PolicyScope.Partial);

        Assert.Equal([], verdict.Errors);
        Assert.True(verdict.IsValid);
        Assert.Null(verdict.Incomplete);
    }

    [Fact]
    public void AsAPolicyThatStandsAloneTheSameChildIsIncompleteAndEachMissingElementIsNamedWhereItBelongs()
    {
        var verdict = BackupPolicyValidator.Check(ChildAddingATagValue, PolicyScope.Standalone);

        Assert.True(verdict.Accepted);
        Assert.False(verdict.Complete);
        Assert.False(verdict.IsValid);
        Assert.Equal(
            [
                new PolicyValidationError("$.plans.baseline.selections.tags.backup.iam_role_arn", "missing: a tag selection needs iam_role_arn, tag_key and tag_value"),
                new PolicyValidationError("$.plans.baseline.selections.tags.backup.tag_key", "missing: a tag selection needs iam_role_arn, tag_key and tag_value"),
                new PolicyValidationError("$.plans.baseline.rules", "missing: a plan needs rules, regions and selections"),
                new PolicyValidationError("$.plans.baseline.regions", "missing: a plan needs rules, regions and selections"),
            ],
            verdict.Incomplete);
    }

    [Fact]
    public void ValidateWithoutAScopeAsksBothQuestions()
    {
        var errors = BackupPolicyValidator.Validate(ChildAddingATagValue);

        Assert.Equal(BackupPolicyValidator.Check(ChildAddingATagValue, PolicyScope.Standalone).Errors, errors);
        Assert.Equal(4, errors.Count);
    }

    [Fact]
    public void APartialDocumentParsesAsPartialAndIsRefusedAsAStandalonePolicy()
    {
        var partial = PolicyDocument.Parse(ChildAddingATagValue, PolicyScope.Partial);
        var refused = Assert.Throws<PolicyDocumentException>(() => PolicyDocument.Parse(ChildAddingATagValue));

        Assert.Equal(ChildAddingATagValue, partial.Content);
        Assert.Contains("$.plans.baseline.rules: missing: a plan needs rules, regions and selections", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APartialPolicyIsStillRejectedForWhatAwsWouldRefuse()
    {
        var verdict = BackupPolicyValidator.Check("""{"plans":{"baseline":{"regions":{"@@append":["moon-1"]}}}}""", PolicyScope.Partial);

        Assert.Equal([new PolicyValidationError("$.plans.baseline.regions.@@append[0]", "must be an AWS Region code such as \"us-east-1\", not \"moon-1\"")], verdict.Rejected);
        Assert.False(verdict.IsValid);
    }

    [Fact]
    public void RejectionsComeBeforeGapsInTheListOfEveryError()
    {
        var verdict = BackupPolicyValidator.Check("""{"plans":{"baseline":{"regions":{"@@append":["moon-1"]}}}}""", PolicyScope.Standalone);

        Assert.Equal([.. verdict.Rejected, .. verdict.Incomplete!], verdict.Errors);
        Assert.Equal("$.plans.baseline.regions.@@append[0]", verdict.Errors[0].Path);
        Assert.Equal(3, verdict.Errors.Count);
    }

    [Fact]
    public void TextThatIsNoJsonObjectLeavesCompletenessUnanswered()
    {
        var verdict = BackupPolicyValidator.Check("[]", PolicyScope.Standalone);

        Assert.False(verdict.Accepted);
        Assert.Null(verdict.Complete);
    }
}
