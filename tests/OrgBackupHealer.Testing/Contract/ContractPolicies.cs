using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Testing.Contract;

/// <summary>Valid backup policy documents and the NewPolicy records the contract creates.</summary>
public static class ContractPolicies
{
    public static string Content(string vault) =>
        """{"plans":{"baseline":{"regions":{"@@assign":["us-east-1"]},"rules":{"daily":{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"},"target_backup_vault_name":{"@@assign":"VAULT"}}},"selections":{"tags":{"all":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/Backup"},"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["true"]}}}}}}}""".Replace("VAULT", vault, StringComparison.Ordinal);

    public static NewPolicy New(string name, string vault = "Default") => new(
        name,
        $"Contract test policy {name}",
        Content(vault),
        new Dictionary<string, string> { ["managed-by"] = "org-backup-healer" });
}
