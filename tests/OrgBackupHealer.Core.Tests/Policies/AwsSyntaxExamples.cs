namespace OrgBackupHealer.Core.Tests.Policies;

/// <summary>
/// The policies of AWS's page "Backup policy syntax and examples",
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html (section
/// "Backup policy examples", #backup-policy-examples, and the examples of the syntax sections), exactly as the page
/// prints them: AWS's spellings, its whitespace, its fragments and its mistakes. Only the archived policy at the end
/// comes from an earlier version of the page.
/// </summary>
internal static class AwsSyntaxExamples
{
    /// <summary>"Example 1: Policy assigned to a parent node": the parent policy.</summary>
    public const string Example1Parent = """
        {
            "plans": {
                "PII_Backup_Plan": {
                    "regions": {
                        "@@assign": [
                            "ap-northeast-2",
                            "us-east-1",
                            "eu-north-1"
                        ]
                    },
                    "rules": {
                        "Hourly": {
                            "schedule_expression": {
                                "@@assign": "cron(0 5/1 ? * * *)"
                            },
                            "start_backup_window_minutes": {
                                "@@assign": "480"
                            },
                            "complete_backup_window_minutes": {
                                "@@assign": "10080"
                            },
                            "lifecycle": {
                                "move_to_cold_storage_after_days": {
                                    "@@assign": "180"
                                },
                                "delete_after_days": {
                                    "@@assign": "270"
                                },
                                "opt_in_to_archive_for_supported_resources": {
                                    "@@assign": "false"
                                }
                            },
                            "target_backup_vault_name": {
                                "@@assign": "FortKnox"
                            },
                            "target_logically_air_gapped_backup_vault_arn": {
                                "@@assign": "arn:aws:backup:$region:$account:backup-vault:AirGappedVault"
                            },
                            "index_actions": {
                                "resource_types": {
                                    "@@assign": [
                                        "EBS",
                                        "S3"
                                    ]
                                }
                             },
                            "copy_actions": {
                                "arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault": {
                                    "target_backup_vault_arn": {
                                        "@@assign": "arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault"
                                    },
                                    "lifecycle": {
                                        "move_to_cold_storage_after_days": {
                                            "@@assign": "30"
                                        },
                                        "delete_after_days": {
                                            "@@assign": "120"
                                        },
                                        "opt_in_to_archive_for_supported_resources": {
                                            "@@assign": "false"
                                        }
                                    }
                                },
                                "arn:aws:backup:us-west-1:111111111111:backup-vault:tertiary_vault": {
                                    "target_backup_vault_arn": {
                                        "@@assign": "arn:aws:backup:us-west-1:111111111111:backup-vault:tertiary_vault"
                                    },
                                    "lifecycle": {
                                        "move_to_cold_storage_after_days": {
                                            "@@assign": "30"
                                        },
                                        "delete_after_days": {
                                            "@@assign": "120"
                                        },
                                        "opt_in_to_archive_for_supported_resources": {
                                            "@@assign": "false"
                                        }
                                    }
                                } 
                            }
                        }
                    },
                    "selections": {
                        "tags": {
                            "datatype": {
                                "iam_role_arn": {
                                    "@@assign": "arn:aws:iam::$account:role/MyIamRole"
                                },
                                "tag_key": {
                                    "@@assign": "dataType"
                                },
                                "tag_value": {
                                    "@@assign": [
                                        "PII",
                                        "RED"
                                    ]
                                }
                            }
                        }
                    },
                    "advanced_backup_settings": {
                        "ec2": {
                            "windows_vss": {
                                "@@assign": "enabled"
                            }
                        }
                    }
                }
            }
        }
        """;

    /// <summary>"Example 1": the effective policy the page says each account gets. It is not the parent resolved (other regions, schedule, windows and lifecycle) and keeps an "@@assign" inside index_actions and copy_actions.</summary>
    public const string Example1Effective = """
        {
            "plans": {
                "PII_Backup_Plan": {
                    "regions": [
                        "us-east-1",
                        "ap-northeast-3",
                        "eu-north-1"
                    ],
                    "rules": {
                        "hourly": {
                            "schedule_expression": "cron(0 0/1 ? * * *)",
                            "start_backup_window_minutes": "60",
                            "target_backup_vault_name": "FortKnox",
                            "target_logically_air_gapped_backup_vault_arn": "arn:aws:backup:$region:$account:backup-vault:AirGappedVault",
                            "index_actions": {
                                "resource_types": {
                                    "@@assign": [
                                        "EBS",
                                        "S3"
                                    ]
                                }
                             },
                            "lifecycle": {
                                "delete_after_days": "2",
                                "move_to_cold_storage_after_days": "180",
                                "opt_in_to_archive_for_supported_resources": "false"
                            },
                            "copy_actions": {
                                "arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault": {
                                    "target_backup_vault_arn": {
                                        "@@assign": "arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault"
                                    },
                                    "lifecycle": {
                                        "delete_after_days": "28",
                                        "move_to_cold_storage_after_days": "180",
                                        "opt_in_to_archive_for_supported_resources": "false"
                                    }
                                },
                                "arn:aws:backup:us-west-1:111111111111:backup-vault:tertiary_vault": {
                                    "target_backup_vault_arn": {
                                        "@@assign": "arn:aws:backup:us-west-1:111111111111:backup-vault:tertiary_vault"
                                    },
                                    "lifecycle": {
                                        "delete_after_days": "28",
                                        "move_to_cold_storage_after_days": "180",
                                        "opt_in_to_archive_for_supported_resources": "false"
                                    }
                                }
                            }
                        }
                    },
                    "selections": {
                        "tags": {
                            "datatype": {
                                "iam_role_arn": "arn:aws:iam::123456789012:role/MyIamRole",
                                "tag_key": "dataType",
                                "tag_value": [
                                    "PII",
                                    "RED"
                                ]
                            }
                        }
                    },
                    "advanced_backup_settings": {
                        "ec2": {
                            "windows_vss": "enabled"
                        }
                    }
                }
            }
        }
        """;

    /// <summary>"Example 2: A parent policy is merged with a child policy": the parent policy.</summary>
    public const string Example2Parent = """
        {
            "plans": {
               "PII_Backup_Plan": {
                    "regions": { "@@append":[ "us-east-1", "ap-northeast-3", "eu-north-1" ] },
                    "rules": {
                        "Hourly": {
                            "schedule_expression": { "@@assign": "cron(0 0/1 ? * * *)" },
                            "start_backup_window_minutes": { "@@assign": "60" },
                            "target_backup_vault_name": { "@@assign": "FortKnox" },
                            "index_actions": {
                                "resource_types": {
                                    "@@assign": [
                                        "EBS",
                                        "S3"
                                    ]
                                }
                             },
                            "lifecycle": {
                                "move_to_cold_storage_after_days": { "@@assign": "28" },
                                "delete_after_days": { "@@assign": "180" },
                                "opt_in_to_archive_for_supported_resources": { "@@assign": "false" }
                            },
                            "copy_actions": {
                                "arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault" : {
                                    "target_backup_vault_arn" : {
                                        "@@assign" : "arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault"
                                    },
                                    "lifecycle": {
                                        "move_to_cold_storage_after_days": { "@@assign": "28" },
                                        "delete_after_days": { "@@assign": "180" },
                                        "opt_in_to_archive_for_supported_resources": { "@@assign": "false" }
                                    }
                                }
                            }
                        }
                    },
                    "selections": {
                        "tags": {
                            "datatype": {
                                "iam_role_arn": { "@@assign": "arn:aws:iam::$account:role/MyIamRole" },
                                "tag_key": { "@@assign": "dataType" },
                                "tag_value": { "@@assign": [ "PII", "RED" ] }
                            }
                        }
                    }
                }
            }
        }
        """;

    /// <summary>"Example 2": the child policy, a second plan.</summary>
    public const string Example2Child = """
        {
            "plans": {
               "Monthly_Backup_Plan": {
                    "regions": {
                        "@@append":[ "us-east-1", "eu-central-1" ] },
                    "rules": {
                        "Monthly": {
                            "schedule_expression": { "@@assign": "cron(0 5 1 * ? *)" },
                            "start_backup_window_minutes": { "@@assign": "480" },
                            "target_backup_vault_name": { "@@assign": "Default" },
                            "lifecycle": {
                                "move_to_cold_storage_after_days": { "@@assign": "30" },
                                "delete_after_days": { "@@assign": "365" },
                                "opt_in_to_archive_for_supported_resources": { "@@assign": "false" }
                            },
                            "copy_actions": {
                                "arn:aws:backup:us-east-1:$account:backup-vault:Default" : {
                                    "target_backup_vault_arn" : {
                                        "@@assign" : "arn:aws:backup:us-east-1:$account:backup-vault:Default"
                                    },
                                    "lifecycle": { 
                                        "move_to_cold_storage_after_days": { "@@assign": "30" },
                                        "delete_after_days": { "@@assign": "365" },
                                        "opt_in_to_archive_for_supported_resources": { "@@assign": "false" }
                                    }
                                }
                            }
                        }
                    },
                    "selections": {
                        "tags": {
                            "MonthlyDatatype": {
                                "iam_role_arn": { "@@assign": "arn:aws:iam::$account:role/MyMonthlyBackupIamRole" },
                                "tag_key": { "@@assign": "BackupType" },
                                "tag_value": { "@@assign": [ "MONTHLY", "RED" ] }
                            }
                        }
                    }
                }
            }
        }
        """;

    /// <summary>"Example 3: A parent policy prevents any changes by a child policy": @@none at every node. Its copy action keeps backups 28 days after moving them to cold storage at 180.</summary>
    public const string Example3Parent = """
        {
            "plans": {
                "@@operators_allowed_for_child_policies": ["@@none"],
                "PII_Backup_Plan": {
                    "@@operators_allowed_for_child_policies": ["@@none"],
                    "regions": {
                        "@@operators_allowed_for_child_policies": ["@@none"],
                        "@@append": [
                            "us-east-1",
                            "ap-northeast-3",
                            "eu-north-1"
                        ]
                    },
                    "rules": {
                        "@@operators_allowed_for_child_policies": ["@@none"],
                        "Hourly": {
                            "@@operators_allowed_for_child_policies": ["@@none"],
                            "schedule_expression": {
                                "@@operators_allowed_for_child_policies": ["@@none"],
                                "@@assign": "cron(0 0/1 ? * * *)"
                            },
                            "start_backup_window_minutes": {
                                "@@operators_allowed_for_child_policies": ["@@none"],
                                "@@assign": "60"
                            },
                            "target_backup_vault_name": {
                                "@@operators_allowed_for_child_policies": ["@@none"],
                                "@@assign": "FortKnox"
                            },
                            "index_actions": {
                               "@@operators_allowed_for_child_policies": ["@@none"],
                                "resource_types": {
                                    "@@assign": [
                                        "EBS",
                                        "S3"
                                    ]
                                }
                             },
                            "lifecycle": {
                                "@@operators_allowed_for_child_policies": ["@@none"],
                                "move_to_cold_storage_after_days": {
                                    "@@operators_allowed_for_child_policies": ["@@none"],
                                    "@@assign": "28"
                                },
                                "delete_after_days": {
                                    "@@operators_allowed_for_child_policies": ["@@none"],
                                    "@@assign": "180"
                                },
                                "opt_in_to_archive_for_supported_resources": {
                                    "@@operators_allowed_for_child_policies": ["@@none"],
                                    "@@assign": "false"
                                }
                            },
                            "copy_actions": {
                                "@@operators_allowed_for_child_policies": ["@@none"],
                                "arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault": {
                                    "@@operators_allowed_for_child_policies": ["@@none"],
                                    "target_backup_vault_arn": {
                                        "@@assign": "arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault",
                                        "@@operators_allowed_for_child_policies": ["@@none"]
                                    },
                                    "lifecycle": {
                                        "@@operators_allowed_for_child_policies": ["@@none"],
                                        "delete_after_days": {
                                            "@@operators_allowed_for_child_policies": ["@@none"],
                                            "@@assign": "28"
                                        },
                                        "move_to_cold_storage_after_days": {
                                            "@@operators_allowed_for_child_policies": ["@@none"],
                                            "@@assign": "180"
                                        },
                                         "opt_in_to_archive_for_supported_resources": {
                                            "@@operators_allowed_for_child_policies": ["@@none"],
                                            "@@assign": "false"
                                        }
                                    }
                                }
                            }
                        }
                    },
                    "selections": {
                        "@@operators_allowed_for_child_policies": ["@@none"],
                        "tags": {
                            "@@operators_allowed_for_child_policies": ["@@none"],
                            "datatype": {
                                "@@operators_allowed_for_child_policies": ["@@none"],
                                "iam_role_arn": {
                                    "@@operators_allowed_for_child_policies": ["@@none"],
                                    "@@assign": "arn:aws:iam::$account:role/MyIamRole"
                                },
                                "tag_key": {
                                    "@@operators_allowed_for_child_policies": ["@@none"],
                                    "@@assign": "dataType"
                                },
                                "tag_value": {
                                    "@@operators_allowed_for_child_policies": ["@@none"],
                                    "@@assign": [
                                        "PII",
                                        "RED"
                                    ]
                                }
                            }
                        }
                    },
                    "advanced_backup_settings": {
                        "@@operators_allowed_for_child_policies": ["@@none"],
                        "ec2": {
                            "@@operators_allowed_for_child_policies": ["@@none"],
                            "windows_vss": {
                                "@@assign": "enabled",
                                "@@operators_allowed_for_child_policies": ["@@none"]
                            }
                        }
                    }
                }
            }
        }
        """;

    /// <summary>"Example 4: A parent policy prevents changes to one backup plan by a child policy": the parent, printed with its sections truncated ("{ ... }").</summary>
    public const string Example4Parent = """
        {
            "plans": {
                "@@operators_allowed_for_child_policies": ["@@append"],
                "PII_Backup_Plan": {
                    "@@operators_allowed_for_child_policies": ["@@none"],
                    "regions": { ... },
                    "rules": { ... },
                    "selections": { ... }
                }
            }
        }
        """;

    /// <summary>"Example 4": the child, truncated the same way.</summary>
    public const string Example4Child = """
        {
            "plans": {
                "MonthlyBackupPlan": {
                    "regions": { ... },
                    "rules": { ... },
                    "selections": { … }
                }
            }
        }
        """;

    /// <summary>"Example 5: A child policy overrides settings in a parent policy": the parent policy. Its rule deletes backups 2 days after creation and moves them to cold storage at 180.</summary>
    public const string Example5Parent = """
        {
            "plans": {
                "PII_Backup_Plan": {
                    "regions": {
                        "@@append": [
                            "us-east-1",
                            "ap-northeast-3",
                            "eu-north-1"
                        ]
                    },
                    "rules": {
                        "Hourly": {
                            "schedule_expression": {"@@assign": "cron(0 0/1 ? * * *)"},
                            "start_backup_window_minutes": {"@@assign": "60"},
                            "target_backup_vault_name": {"@@assign": "FortKnox"},
                            "index_actions": {
                                "resource_types": {
                                    "@@assign": [
                                        "EBS",
                                        "S3"
                                    ]
                                }
                             },
                            "lifecycle": {
                                "delete_after_days": {"@@assign": "2"},
                                "move_to_cold_storage_after_days": {"@@assign": "180"},
                                "opt_in_to_archive_for_supported_resources": {"@@assign": false}
                            },
                            "copy_actions": {
                                "arn:aws:backup:us-east-1:$account:backup-vault:t2": {
                                    "target_backup_vault_arn": {"@@assign": "arn:aws:backup:us-east-1:$account:backup-vault:t2"},
                                    "lifecycle": {
                                        "move_to_cold_storage_after_days": {"@@assign": "28"},
                                        "delete_after_days": {"@@assign": "180"},
                                        "opt_in_to_archive_for_supported_resources": {"@@assign": false}
                                    }
                                }
                            }
                        }
                    },
                    "selections": {
                        "tags": {
                            "datatype": {
                                "iam_role_arn": {"@@assign": "arn:aws:iam::$account:role/MyIamRole"},
                                "tag_key": {"@@assign": "dataType"},
                                "tag_value": {
                                    "@@assign": [
                                        "PII",
                                        "RED"
                                    ]
                                }
                            }
                        }
                    }
                }
            }
        }
        """;

    /// <summary>"Example 5": the child policy, which "includes only the settings that need to be different from the inherited parent policy".</summary>
    public const string Example5Child = """
        {
            "plans": {
                "PII_Backup_Plan": {
                    "regions": {
                        "@@assign": [
                            "us-west-2",
                            "eu-central-1"
                        ]
                    },
                    "rules": {
                        "Hourly": {
                            "schedule_expression": {"@@assign": "cron(0 0/2 ? * * *)"},
                            "start_backup_window_minutes": {"@@assign": "80"},
                            "target_backup_vault_name": {"@@assign": "Default"},
                            "lifecycle": {
                                "move_to_cold_storage_after_days": {"@@assign": "30"},
                                "delete_after_days": {"@@assign": "365"},
                                "opt_in_to_archive_for_supported_resources": {"@@assign": false}
                            }
                        }
                    }
                }
            }
        }
        """;

    /// <summary>"Example 5": the effective policy the page shows.</summary>
    public const string Example5Effective = """
        {
            "plans": {
                "PII_Backup_Plan": {
                    "regions": [
                        "us-west-2",
                        "eu-central-1"
                    ],
                    "rules": {
                        "hourly": {
                            "schedule_expression": "cron(0 0/2 ? * * *)",
                            "start_backup_window_minutes": "80",
                            "target_backup_vault_name": "Default",
                             "index_actions": {
                                "resource_types": {
                                    "@@assign": [
                                        "EBS",
                                        "S3"
                                    ]
                                }
                             },
                            "lifecycle": {
                                "delete_after_days": "365",
                                "move_to_cold_storage_after_days": "30",
                                "opt_in_to_archive_for_supported_resources": "false"

                            },
                            "copy_actions": {
                                "arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault": {
                                    "target_backup_vault_arn": {"@@assign": "arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault"},
                                    "lifecycle": {
                                        "move_to_cold_storage_after_days": "28",
                                        "delete_after_days": "180",
                                        "opt_in_to_archive_for_supported_resources": "false"
                                    }
                                }
                            }
                        }
                    },
                    "selections": {
                        "tags": {
                            "datatype": {
                                "iam_role_arn": "arn:aws:iam::$account:role/MyIamRole",
                                "tag_key": "dataType",
                                "tag_value": [
                                    "PII",
                                    "RED"
                                ]
                            }
                        }
                    }
                }
            }
        }
        """;

    /// <summary>"Example 6: Specifying resources with the tags block", printed as a fragment ("...") with {{…}} placeholders for names.</summary>
    public const string Example6 = """
        ...
        "selections":{
            "tags":{
                "{{selection_name}}":{
                    "iam_role_arn": {"@@assign": "arn:aws:iam::$account:role/IAMRole"},
                    "tag_key":{"@@assign": "env"},
                    "tag_value":{"@@assign": ["prod", "gamma"]},
                    "conditions":{                       
                        "string_not_equals":{
                            "{{condition_name1}}":{
                                "condition_key": { "@@assign": "aws:ResourceTag/backup"  },
                                "condition_value": {  "@@assign": "false" }
                            }
                        }
                    }
                }  
            }
        },
        ...
        """;

    /// <summary>"Example 7: Specifying resources with the resources block": "Select all resources in my account".</summary>
    public const string Example7AllResources = """
        ...
        "resources":{
            "{{resource_selection_name}}":{
                "iam_role_arn":{"@@assign": "arn:aws:iam::$account:role/IAMRole"},
                "resource_types":{
                    "@@assign": [
                        "*"
                    ]
                }
            }
        },
        ...
        """;

    /// <summary>"Example 7": "Select all resources in my account, but exclude Amazon EBS volumes".</summary>
    public const string Example7ExcludeEbs = """
        ...
        "resources":{
            "{{resource_selection_name}}":{
                "iam_role_arn":{"@@assign": "arn:aws:iam::$account:role/IAMRole"},
                "resource_types":{
                    "@@assign": [
                        "*"
                    ]
                },
                "not_resource_types":{
                    "@@assign": [
                        "arn:aws:ec2:*:*:volume/*"
                    ]
                }
            }
        },
        ...
        """;

    /// <summary>"Example 7": "Select all resources tagged with "backup" : "true", but exclude Amazon EBS volumes".</summary>
    public const string Example7TaggedExcludeEbs = """
        ...
        "resources":{
            "{{resource_selection_name}}":{
                "iam_role_arn":{"@@assign": "arn:aws:iam::$account:role/IAMRole"},
                "resource_types":{
                    "@@assign": [
                        "*"
                    ]
                },
                "not_resource_types":{
                    "@@assign": [
                        "arn:aws:ec2:*:*:volume/*"
                    ]
                },
                "conditions":{                       
                    "string_equals":{
                        "{{condition_name1}}":{
                            "condition_key": { "@@assign":"aws:ResourceTag/backup"},
                            "condition_value": {  "@@assign":"true" }
                        }
                    }
                }
            }
        },
        ...
        """;

    /// <summary>"Example 7": "Select all Amazon EBS volumes and Amazon RDS DB instances tagged with both "backup" : "true" and "stage" : "prod"".</summary>
    public const string Example7EbsAndRdsTaggedProd = """
        ...
        "resources":{
            "{{resource_selection_name}}":{
                "iam_role_arn":{"@@assign": "arn:aws:iam::$account:role/IAMRole"},
                "resource_types":{
                    "@@assign": [
                        "arn:aws:ec2:*:*:volume/*",
                        "arn:aws:rds:*:*:db:*"
                    ]
                },
                "conditions":{
                    "string_equals":{
                        "{{condition_name1}}":{
                            "condition_key":{"@@assign":"aws:ResourceTag/backup"},
                            "condition_value":{"@@assign":"true"}
                        },
                        "{{condition_name2}}":{
                            "condition_key":{"@@assign":"aws:ResourceTag/stage"},
                            "condition_value":{"@@assign":"prod"}
                        }     
                    }
                }   
            }
        },
        ...
        """;

    /// <summary>"Example 7": "Select all Amazon EBS volumes and Amazon RDS instances tagged with "backup" : "true" but not "stage" : "test"".</summary>
    public const string Example7EbsAndRdsNotTest = """
        ...
        "resources":{
            "{{resource_selection_name}}":{
                "iam_role_arn":{"@@assign": "arn:aws:iam::$account:role/IAMRole"},
                "resource_types":{
                    "@@assign": [
                        "arn:aws:ec2:*:*:volume/*",
                        "arn:aws:rds:*:*:db:*"
                    ]
                },
                "conditions":{
                    "string_equals":{
                        "{{condition_name1}}":{
                            "condition_key":{"@@assign":"aws:ResourceTag/backup"},
                            "condition_value":{"@@assign":"true"}
                          }
                    },
                    "string_not_equals":{
                        "{{condition_name2}}":{
                            "condition_key":{"@@assign":"aws:ResourceTag/stage"},
                            "condition_value":{"@@assign":"test"}
                        }
                    }
                }
            }
        },
        ...
        """;

    /// <summary>"Example 7": "Select all resources tagged with "key1" and a value which begins with "include" but not with "key2" and value that contains the word "exclude"".</summary>
    public const string Example7LikeAndNotLike = """
        ...
        "resources":{
            "{{resource_selection_name}}":{
                "iam_role_arn":{"@@assign": "arn:aws:iam::$account:role/IAMRole"},
                "resource_types":{
                    "@@assign": [
                        "*"
                    ]
                },              
                "conditions":{
                    "string_like":{
                        "{{condition_name1}}":{
                            "condition_key":{"@@assign":"aws:ResourceTag/key1"},
                            "condition_value":{"@@assign":"include*"}
                        }
                    },
                    "string_not_like":{
                        "{{condition_name2}}":{
                            "condition_key":{"@@assign":"aws:ResourceTag/key2"},
                            "condition_value":{"@@assign":"*exclude*"}
                        }
                    }
                }
            }
        },
        ...
        """;

    /// <summary>"Example 7": "Select all resources tagged with "backup" : "true" except Amazon FSx file systems and Amazon RDS resources".</summary>
    public const string Example7ExceptFsxAndRds = """
        ...
        "resources":{
            "{{resource_selection_name}}":{
                "iam_role_arn":{"@@assign": "arn:aws:iam::$account:role/IAMRole"},
                    "resource_types":{
                        "@@assign": [
                            "*"
                       ]
                    },
                    "not_resource_types":{
                        "@@assign":[
                            "arn:aws:fsx:*:*:file-system/*",
                            "arn:aws:rds:*:*:db:*"
                        ]
                    },
                "conditions":{
                    "string_equals":{
                        "{{condition_name1}}":{
                            "condition_key":{"@@assign":"aws:ResourceTag/backup"},
                            "condition_value":{"@@assign":"true"}
                        }
                    }
                }
            }
        },
        ...
        """;

    /// <summary>"Example 8: Backup plan with Amazon GuardDuty Malware Protection scanning".</summary>
    public const string Example8 = """
        {
            "plans": {
                "Malware_Scan_Backup_Plan": {
                    "regions": {
                        "@@assign": [
                            "us-east-1",
                            "us-west-2"
                        ]
                    },
                    "rules": {
                        "Daily_With_Incremental_Scan": {
                            "schedule_expression": {
                                "@@assign": "cron(0 5 ? * * *)"
                            },
                            "start_backup_window_minutes": {
                                "@@assign": "60"
                            },
                            "target_backup_vault_name": {
                                "@@assign": "Default"
                            },
                            "lifecycle": {
                                "delete_after_days": {
                                    "@@assign": "35"
                                }
                            },
                            "scan_actions": {
                                "GUARDDUTY": {
                                    "scan_mode": {
                                        "@@assign": "INCREMENTAL_SCAN"
                                    }
                                }
                            }
                        },
                        "Monthly_With_Full_Scan": {
                            "schedule_expression": {
                                "@@assign": "cron(0 5 1 * ? *)"
                            },
                            "start_backup_window_minutes": {
                                "@@assign": "60"
                            },
                            "target_backup_vault_name": {
                                "@@assign": "Default"
                            },
                            "lifecycle": {
                                "delete_after_days": {
                                    "@@assign": "365"
                                }
                            },
                            "scan_actions": {
                                "GUARDDUTY": {
                                    "scan_mode": {
                                        "@@assign": "FULL_SCAN"
                                    }
                                }
                            }
                        }
                    },
                    "selections": {
                        "tags": {
                            "scan_selection": {
                                "iam_role_arn": {
                                    "@@assign": "arn:aws:iam::$account:role/MyBackupRole"
                                },
                                "tag_key": {
                                    "@@assign": "backup"
                                },
                                "tag_value": {
                                    "@@assign": [
                                        "true"
                                    ]
                                }
                            }
                        }
                    },
                    "scan_settings": {
                        "GUARDDUTY": {
                            "resource_types": {
                                "@@assign": [
                                    "EBS"
                                ]
                            },
                            "scanner_role_arn": {
                                "@@assign": "arn:aws:iam::$account:role/MyGuardDutyScannerRole"
                            }
                        }
                    }
                }
            }
        }
        """;

    /// <summary>"Backup syntax: advanced backup settings", the example "for both Amazon EC2 and Amazon S3 resources" (a plan member, with its trailing comma).</summary>
    public const string AdvancedBackupSettings = """
        "advanced_backup_settings": {
            "ec2": { 
                "windows_vss": {
                    "@@assign": "enabled" 
                }
            },
            "s3": {
                "backup_acls": {
                    "@@assign": "disabled"
                },
                "backup_object_tags": {
                    "@@assign": "disabled"
                }
            }
        },
        """;

    /// <summary>"Backup syntax: scan settings", the example of scan_actions in a rule.</summary>
    public const string ScanActions = """
        "scan_actions": {
            "GUARDDUTY": {
                "scan_mode": {
                    "@@assign": "INCREMENTAL_SCAN"
                }
            }
        }
        """;

    /// <summary>"Backup syntax: scan settings", the example of scan_settings at the plan level.</summary>
    public const string ScanSettings = """
        "scan_settings": {
            "GUARDDUTY": {
                "resource_types": {
                    "@@assign": ["EBS"]
                },
                "scanner_role_arn": {
                    "@@assign": "arn:aws:iam::$account:role/MyGuardDutyScannerRole"
                }
            }
        }
        """;

    /// <summary>The "functionally complete policy" that opened "Syntax for backup policies" on the page until 2023 (the archived source, awsdocs/aws-organizations-docs doc_source/orgs_manage_policies_backup_syntax.md). It spelt the VSS setting "WindowsVSS"; the current page spells it "windows_vss" and no longer prints this policy.</summary>
    public const string ArchivedFunctionallyComplete = """
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
                                "Owner": {
                                    "tag_key": {"@@assign": "Owner"},
                                    "tag_value": {"@@assign": "Backup"}
                                }
                            },
                            "lifecycle": {
                                "move_to_cold_storage_after_days": {"@@assign": "180"},
                                "delete_after_days": {"@@assign": "270"}
                            },
                            "copy_actions": {
                                "arn:aws:backup:us-west-2:$account:backup-vault:My_Secondary_Vault": {
                                    "target_backup_vault_arn": {
                                        "@@assign": "arn:aws:backup:us-west-2:$account:backup-vault:My_Secondary_Vault"
                                    },
                                    "lifecycle": {
                                        "move_to_cold_storage_after_days": {"@@assign": "180"},
                                        "delete_after_days": {"@@assign": "270"}
                                    }
                                },
                                "arn:aws:backup:us-east-1:$account:backup-vault:My_Tertiary_Vault": {
                                    "target_backup_vault_arn": {
                                        "@@assign": "arn:aws:backup:us-east-1:111111111111:backup-vault:My_Tertiary_Vault"
                                    },
                                    "lifecycle": {
                                        "move_to_cold_storage_after_days": {"@@assign": "180"},
                                        "delete_after_days": {"@@assign": "270"}
                                    }
                                }
                            }
                        }
                    },
                    "regions": {
                        "@@append": [
                            "us-east-1",
                            "eu-north-1"
                        ]
                    },
                    "selections": {
                        "tags": {
                            "My_Backup_Assignment": {
                                "iam_role_arn": {"@@assign": "arn:aws:iam::$account:role/MyIamRole"},
                                "tag_key": {"@@assign": "dataType"},
                                "tag_value": {
                                    "@@assign": [
                                        "PII",
                                        "RED"
                                    ]
                                }
                            }
                        }
                    },
                    "advanced_backup_settings": {
                        "ec2": {
                            "WindowsVSS": {"@@assign": "enabled"}
                        }
                    },
                    "backup_plan_tags": {
                        "stage": {
                            "tag_key": {"@@assign": "Stage"},
                            "tag_value": {"@@assign": "Beta"}
                        }
                    }
                }
            }
        }
        """;

}
