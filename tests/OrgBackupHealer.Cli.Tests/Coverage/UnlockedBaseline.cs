namespace OrgBackupHealer.Cli.Tests.Coverage;

/// <summary>A valid baseline that locks nothing, so a child policy can override any of its keys.</summary>
internal static class UnlockedBaseline
{
    public const string FileName = "unlocked-backup-policy.json";

    public const string Content = """
        {"plans":{"org-backup-baseline":{"regions":{"@@assign":["us-east-1","us-west-2"]},
        "rules":{"daily":{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"},"target_backup_vault_name":{"@@assign":"Default"}}},
        "selections":{"tags":{"all":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/Backup"},"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["true"]}}}}}}}
        """;
}
