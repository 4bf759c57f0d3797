using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Tests.Policies;

/// <summary>
/// Each policy of AWS's page "Backup policy syntax and examples"
/// (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html#backup-policy-examples),
/// exactly as the page prints it (<see cref="AwsSyntaxExamples"/>), gets the verdict the page gives it: the complete
/// policies pass both questions, the child policy of Example 5 passes (a) and is incomplete alone, and the two that
/// break the page's own 90-day rule (Example 3's copy action, Example 5's parent) are rejected for exactly that.
/// </summary>
public sealed class AwsSyntaxExampleVerdictTests
{
    private const string Plan = "$.plans.PII_Backup_Plan";

    private static string ColdStorage(int days, int cold) =>
        $"is {days} days, but a backup moved to cold storage after {cold} days must stay there at least 90 days: use {cold + 90} or more";

    public static TheoryData<string> CompletePolicies => new()
    {
        AwsSyntaxExamples.Example1Parent,
        AwsSyntaxExamples.Example2Parent,
        AwsSyntaxExamples.Example2Child,
        AwsSyntaxExamples.Example8,
    };

    [Theory]
    [MemberData(nameof(CompletePolicies))]
    public void TheCompletePoliciesOfThePageAreAcceptedAndComplete(string policy)
    {
        var verdict = BackupPolicyValidator.Check(policy, PolicyScope.Standalone);

        Assert.Equal([], verdict.Errors);
        Assert.True(verdict.Accepted);
        Assert.True(verdict.Complete);
    }

    [Fact]
    public void Example3IsRejectedOnlyForItsCopyActionThatLeavesColdStorageAfter28Days()
    {
        var verdict = BackupPolicyValidator.Check(AwsSyntaxExamples.Example3Parent, PolicyScope.Standalone);

        Assert.Equal(
            [new PolicyValidationError($"{Plan}.rules.Hourly.copy_actions.arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault.lifecycle.delete_after_days", ColdStorage(28, 180))],
            verdict.Rejected);
        Assert.Equal([], verdict.Incomplete);
    }

    [Fact]
    public void Example5sParentIsRejectedOnlyForDeletingBackups2DaysAfterCreationThatMoveToColdStorageAt180()
    {
        var verdict = BackupPolicyValidator.Check(AwsSyntaxExamples.Example5Parent, PolicyScope.Standalone);

        Assert.Equal([new PolicyValidationError($"{Plan}.rules.Hourly.lifecycle.delete_after_days", ColdStorage(2, 180))], verdict.Rejected);
        Assert.Equal([], verdict.Incomplete);
    }

    [Fact]
    public void Example5sChildIsAcceptedAsAPartialPolicy()
    {
        var verdict = BackupPolicyValidator.Check(AwsSyntaxExamples.Example5Child, PolicyScope.Partial);

        Assert.Equal([], verdict.Errors);
        Assert.Null(verdict.Complete);
    }

    [Fact]
    public void Example5sChildAloneIsAcceptedButIncompleteForItsMissingSelections()
    {
        var verdict = BackupPolicyValidator.Check(AwsSyntaxExamples.Example5Child, PolicyScope.Standalone);

        Assert.Equal([], verdict.Rejected);
        Assert.Equal([new PolicyValidationError($"{Plan}.selections", "missing: a plan needs rules, regions and selections")], verdict.Incomplete);
    }

    [Theory]
    [InlineData(AwsSyntaxExamples.Example4Parent, "not valid JSON: line 6, column 26: expected a key in double quotes, found '.'")]
    [InlineData(AwsSyntaxExamples.Example4Child, "not valid JSON: line 4, column 26: expected a key in double quotes, found '.'")]
    public void Example4AsPrintedIsTruncatedAndNotJson(string policy, string message)
    {
        var verdict = BackupPolicyValidator.Check(policy, PolicyScope.Partial);

        Assert.Equal([new PolicyValidationError("$", message)], verdict.Rejected);
    }

    public static TheoryData<string> SelectionFragments => new()
    {
        AwsSyntaxExamples.Example6,
        AwsSyntaxExamples.Example7AllResources,
        AwsSyntaxExamples.Example7ExcludeEbs,
        AwsSyntaxExamples.Example7TaggedExcludeEbs,
        AwsSyntaxExamples.Example7EbsAndRdsTaggedProd,
        AwsSyntaxExamples.Example7EbsAndRdsNotTest,
        AwsSyntaxExamples.Example7LikeAndNotLike,
        AwsSyntaxExamples.Example7ExceptFsxAndRds,
    };

    [Theory]
    [MemberData(nameof(SelectionFragments))]
    public void TheSelectionExamplesArePrintedAsFragmentsThatAreNoDocumentOnTheirOwn(string fragment)
    {
        var verdict = BackupPolicyValidator.Check(fragment, PolicyScope.Partial);

        Assert.StartsWith("not valid JSON: line 1, column 1:", Assert.Single(verdict.Rejected).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SelectionFragments))]
    public void TheSelectionExamplesInAPlanAreAcceptedAndComplete(string fragment)
    {
        var member = Member(fragment);
        var selections = member.StartsWith("\"selections\"", StringComparison.Ordinal) ? member : "\"selections\":{" + member + "}";

        var verdict = BackupPolicyValidator.Check(PlanWith(selections), PolicyScope.Standalone);

        Assert.Equal([], verdict.Errors);
    }

    [Fact]
    public void TheAdvancedSettingsAndScanExamplesInAPlanAreAcceptedAndComplete()
    {
        var policy = PlanWith(
            Selections,
            planMembers: Member(AwsSyntaxExamples.AdvancedBackupSettings) + "," + Member(AwsSyntaxExamples.ScanSettings),
            ruleMembers: Member(AwsSyntaxExamples.ScanActions));

        var verdict = BackupPolicyValidator.Check(policy, PolicyScope.Standalone);

        Assert.Equal([], verdict.Errors);
    }

    [Fact]
    public void TheArchivedFunctionallyCompletePolicyIsRejectedOnlyForWindowsVssSpeltTheApisWay()
    {
        var verdict = BackupPolicyValidator.Check(AwsSyntaxExamples.ArchivedFunctionallyComplete, PolicyScope.Standalone);

        Assert.Equal(
            [new PolicyValidationError($"{Plan}.advanced_backup_settings.ec2.WindowsVSS", "unknown key 'WindowsVSS' in EC2 advanced backup settings (did you mean 'windows_vss'?); known keys: windows_vss")],
            verdict.Rejected);
        Assert.Equal([], verdict.Incomplete);
    }

    [Fact]
    public void TheEffectivePolicyExample1RendersBreaksThe90DayRuleWhereThePageTyped2And28Days()
    {
        var errors = PlanCompleteness.Check(AwsSyntaxExamples.Example1Effective);

        const string Rule = $"{Plan}.rules.hourly";
        Assert.Equal(
            [
                new PolicyValidationError($"{Rule}.lifecycle.delete_after_days", ColdStorage(2, 180)),
                new PolicyValidationError($"{Rule}.copy_actions.arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault.lifecycle.delete_after_days", ColdStorage(28, 180)),
                new PolicyValidationError($"{Rule}.copy_actions.arn:aws:backup:us-west-1:111111111111:backup-vault:tertiary_vault.lifecycle.delete_after_days", ColdStorage(28, 180)),
            ],
            errors);
    }

    [Fact]
    public void TheEffectivePolicyExample5RendersIsComplete()
    {
        Assert.Equal([], PlanCompleteness.Check(AwsSyntaxExamples.Example5Effective));
    }

    private const string Selections = """
        "selections":{"tags":{"t":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/Backup"},"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["true"]}}}}
        """;

    /// <summary>A complete one-plan policy around the page's fragments.</summary>
    private static string PlanWith(string selections, string planMembers = "", string ruleMembers = "") =>
        """{"plans":{"p":{"regions":{"@@assign":["us-east-1"]},"rules":{"r":{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"},"target_backup_vault_name":{"@@assign":"Default"}"""
        + (ruleMembers.Length == 0 ? "" : "," + ruleMembers) + "}}," + selections + (planMembers.Length == 0 ? "" : "," + planMembers) + "}}}";

    /// <summary>A fragment as the page prints it, without its "..." lines and trailing comma: one member of an object.</summary>
    private static string Member(string fragment) =>
        string.Join('\n', fragment.Split('\n').Where(line => line.Trim() != "...")).Trim().TrimEnd(',');
}
