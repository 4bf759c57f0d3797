namespace OrgBackupHealer.Core.Tests.Policies;

/// <summary>
/// The "functionally complete policy" that opens "Syntax for backup policies" on
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html (read from the
/// page's source, awsdocs/aws-organizations-docs doc_source/orgs_manage_policies_backup_syntax.md), reformatted. The
/// worked examples further down the page live in Inheritance/BackupPolicyExamples.cs; examples 2, 3 and 5 write
/// "to_delete_after_days", a key AWS Backup does not have (the syntax section itself says delete_after_days), so only
/// example 1 is a valid policy among them.
/// </summary>
internal static class AwsSyntaxExamples
{
    public const string FunctionallyComplete = """
        {
          "plans": {
            "PII_Backup_Plan": {
              "rules": {
                "My_Hourly_Rule": {
                  "schedule_expression": {"@@assign": "cron(0 5 ? * * *)"},
                  "start_backup_window_minutes": {"@@assign": "60"},
                  "complete_backup_window_minutes": {"@@assign": "604800"},
                  "target_backup_vault_name": {"@@assign": "My_Backup_Vault"},
                  "recovery_point_tags": {
                    "Owner": {"tag_key": {"@@assign": "Owner"}, "tag_value": {"@@assign": "Backup"}}
                  },
                  "lifecycle": {
                    "move_to_cold_storage_after_days": {"@@assign": "180"},
                    "delete_after_days": {"@@assign": "270"}
                  },
                  "copy_actions": {
                    "arn:aws:backup:us-west-2:$account:backup-vault:My_Secondary_Vault": {
                      "target_backup_vault_arn": {"@@assign": "arn:aws:backup:us-west-2:$account:backup-vault:My_Secondary_Vault"},
                      "lifecycle": {"move_to_cold_storage_after_days": {"@@assign": "180"}, "delete_after_days": {"@@assign": "270"}}
                    },
                    "arn:aws:backup:us-east-1:$account:backup-vault:My_Tertiary_Vault": {
                      "target_backup_vault_arn": {"@@assign": "arn:aws:backup:us-east-1:111111111111:backup-vault:My_Tertiary_Vault"},
                      "lifecycle": {"move_to_cold_storage_after_days": {"@@assign": "180"}, "delete_after_days": {"@@assign": "270"}}
                    }
                  }
                }
              },
              "regions": {"@@append": ["us-east-1", "eu-north-1"]},
              "selections": {
                "tags": {
                  "My_Backup_Assignment": {
                    "iam_role_arn": {"@@assign": "arn:aws:iam::$account:role/MyIamRole"},
                    "tag_key": {"@@assign": "dataType"},
                    "tag_value": {"@@assign": ["PII", "RED"]}
                  }
                }
              },
              "advanced_backup_settings": {"ec2": {"WindowsVSS": {"@@assign": "enabled"}}},
              "backup_plan_tags": {"stage": {"tag_key": {"@@assign": "Stage"}, "tag_value": {"@@assign": "Beta"}}}
            }
          }
        }
        """;
}
