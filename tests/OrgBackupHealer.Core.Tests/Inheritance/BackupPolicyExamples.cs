namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>
/// The worked examples under "Backup policy examples" on
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html#backup-policy-examples
/// (read from the page's source in the awsdocs/aws-organizations-docs repository, doc_source/orgs_manage_policies_backup_syntax.md;
/// the live guide may now serve them from orgs_manage_policies_backup_examples.html, which the search tools here did not return).
/// The input policies are the page's, reformatted. The expected effective policies are derived from the documented
/// rules, not copied: the page's rendered effective policies disagree with its own inputs (each difference is noted
/// below), so copying them would test the page's typos.
/// In every example the page keeps "$account" in the policies; AWS Backup replaces it when it runs the plan, so it stays
/// in the effective policy here too (the page shows a substituted account id in some places and not in others).
/// </summary>
internal static class BackupPolicyExamples
{
    /// <summary>"Example 1: Policy assigned to a parent node": the parent policy.</summary>
    public const string Example1Parent = """
        {
          "plans":{
            "PII_Backup_Plan":{
              "regions":{"@@assign":["ap-northeast-2","us-east-1","eu-north-1"]},
              "rules":{
                "Hourly":{
                  "schedule_expression":{"@@assign":"cron(0 5/1 ? * * *)"},
                  "start_backup_window_minutes":{"@@assign":"480"},
                  "complete_backup_window_minutes":{"@@assign":"10080"},
                  "lifecycle":{"move_to_cold_storage_after_days":{"@@assign":"180"},"delete_after_days":{"@@assign":"270"}},
                  "target_backup_vault_name":{"@@assign":"FortKnox"},
                  "copy_actions":{
                    "arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault":{
                      "target_backup_vault_arn":{"@@assign":"arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault"},
                      "lifecycle":{"move_to_cold_storage_after_days":{"@@assign":"30"},"delete_after_days":{"@@assign":"120"}}
                    },
                    "arn:aws:backup:us-west-1:111111111111:backup-vault:tertiary_vault":{
                      "target_backup_vault_arn":{"@@assign":"arn:aws:backup:us-west-1:111111111111:backup-vault:tertiary_vault"},
                      "lifecycle":{"move_to_cold_storage_after_days":{"@@assign":"30"},"delete_after_days":{"@@assign":"120"}}
                    }
                  }
                }
              },
              "selections":{
                "tags":{
                  "datatype":{
                    "iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/MyIamRole"},
                    "tag_key":{"@@assign":"dataType"},
                    "tag_value":{"@@assign":["PII","RED"]}
                  }
                }
              },
              "advanced_backup_settings":{"ec2":{"WindowsVSS":{"@@assign":"enabled"}}}
            }
          }
        }
        """;

    /// <summary>
    /// The parent with its operators resolved: the page says this is the effective policy when nothing else is
    /// inherited or attached. Its rendering instead shows other regions (ap-northeast-3 for ap-northeast-2), another
    /// schedule, a 60-minute start window, no completion window, a "to_delete_after_days" of 2 and vault ARNs spelled
    /// ":vault:" instead of ":backup-vault:", none of which the parent says.
    /// </summary>
    public const string Example1Effective = """
        {
          "plans":{
            "PII_Backup_Plan":{
              "regions":["ap-northeast-2","us-east-1","eu-north-1"],
              "rules":{
                "Hourly":{
                  "schedule_expression":"cron(0 5/1 ? * * *)",
                  "start_backup_window_minutes":"480",
                  "complete_backup_window_minutes":"10080",
                  "lifecycle":{"move_to_cold_storage_after_days":"180","delete_after_days":"270"},
                  "target_backup_vault_name":"FortKnox",
                  "copy_actions":{
                    "arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault":{
                      "target_backup_vault_arn":"arn:aws:backup:us-east-1:$account:backup-vault:secondary_vault",
                      "lifecycle":{"move_to_cold_storage_after_days":"30","delete_after_days":"120"}
                    },
                    "arn:aws:backup:us-west-1:111111111111:backup-vault:tertiary_vault":{
                      "target_backup_vault_arn":"arn:aws:backup:us-west-1:111111111111:backup-vault:tertiary_vault",
                      "lifecycle":{"move_to_cold_storage_after_days":"30","delete_after_days":"120"}
                    }
                  }
                }
              },
              "selections":{
                "tags":{
                  "datatype":{
                    "iam_role_arn":"arn:aws:iam::$account:role/MyIamRole",
                    "tag_key":"dataType",
                    "tag_value":["PII","RED"]
                  }
                }
              },
              "advanced_backup_settings":{"ec2":{"WindowsVSS":"enabled"}}
            }
          }
        }
        """;

    /// <summary>"Example 2: A parent policy is merged with a child policy": the parent policy.</summary>
    public const string Example2Parent = """
        {
          "plans":{
            "PII_Backup_Plan":{
              "regions":{"@@append":["us-east-1","ap-northeast-3","eu-north-1"]},
              "rules":{
                "Hourly":{
                  "schedule_expression":{"@@assign":"cron(0 0/1 ? * * *)"},
                  "start_backup_window_minutes":{"@@assign":"60"},
                  "target_backup_vault_name":{"@@assign":"FortKnox"},
                  "lifecycle":{"move_to_cold_storage_after_days":{"@@assign":"28"},"to_delete_after_days":{"@@assign":"180"}},
                  "copy_actions":{
                    "arn:aws:backup:us-east-1:$account:vault:secondary_vault":{
                      "target_backup_vault_arn":{"@@assign":"arn:aws:backup:us-east-1:$account:vault:secondary_vault"},
                      "lifecycle":{
                        "move_to_cold_storage_after_days":{"@@assign":"28"},
                        "to_delete_after_days":{"@@assign":"180"}
                      }
                    }
                  }
                }
              },
              "selections":{
                "tags":{
                  "datatype":{
                    "iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/MyIamRole"},
                    "tag_key":{"@@assign":"dataType"},
                    "tag_value":{"@@assign":["PII","RED"]}
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
          "plans":{
            "Monthly_Backup_Plan":{
              "regions":{"@@append":["us-east-1","eu-central-1"]},
              "rules":{
                "Monthly":{
                  "schedule_expression":{"@@assign":"cron(0 5 1 * ? *)"},
                  "start_backup_window_minutes":{"@@assign":"480"},
                  "target_backup_vault_name":{"@@assign":"Default"},
                  "lifecycle":{"move_to_cold_storage_after_days":{"@@assign":"30"},"to_delete_after_days":{"@@assign":"365"}},
                  "copy_actions":{
                    "arn:aws:backup:us-east-1:$account:vault:Default":{
                      "target_backup_vault_arn":{"@@assign":"arn:aws:backup:us-east-1:$account:vault:Default"},
                      "lifecycle":{
                        "move_to_cold_storage_after_days":{"@@assign":"30"},
                        "to_delete_after_days":{"@@assign":"365"}
                      }
                    }
                  }
                }
              },
              "selections":{
                "tags":{
                  "MonthlyDatatype":{
                    "iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/MyMonthlyBackupIamRole"},
                    "tag_key":{"@@assign":"BackupType"},
                    "tag_value":{"@@assign":["MONTHLY","RED"]}
                  }
                }
              }
            }
          }
        }
        """;

    /// <summary>
    /// Both plans, each resolved from its own policy, as the page's text says ("contains two plans"). The page's
    /// rendering shows lifecycle values of 2 and 180 for the hourly rule (the parent says 28 and 180), leaves an
    /// "@@assign" inside copy_actions, and writes rule and selection names in lower case.
    /// </summary>
    public const string Example2Effective = """
        {
          "plans":{
            "PII_Backup_Plan":{
              "regions":["us-east-1","ap-northeast-3","eu-north-1"],
              "rules":{
                "Hourly":{
                  "schedule_expression":"cron(0 0/1 ? * * *)",
                  "start_backup_window_minutes":"60",
                  "target_backup_vault_name":"FortKnox",
                  "lifecycle":{"move_to_cold_storage_after_days":"28","to_delete_after_days":"180"},
                  "copy_actions":{
                    "arn:aws:backup:us-east-1:$account:vault:secondary_vault":{
                      "target_backup_vault_arn":"arn:aws:backup:us-east-1:$account:vault:secondary_vault",
                      "lifecycle":{"move_to_cold_storage_after_days":"28","to_delete_after_days":"180"}
                    }
                  }
                }
              },
              "selections":{
                "tags":{
                  "datatype":{
                    "iam_role_arn":"arn:aws:iam::$account:role/MyIamRole",
                    "tag_key":"dataType",
                    "tag_value":["PII","RED"]
                  }
                }
              }
            },
            "Monthly_Backup_Plan":{
              "regions":["us-east-1","eu-central-1"],
              "rules":{
                "Monthly":{
                  "schedule_expression":"cron(0 5 1 * ? *)",
                  "start_backup_window_minutes":"480",
                  "target_backup_vault_name":"Default",
                  "lifecycle":{"move_to_cold_storage_after_days":"30","to_delete_after_days":"365"},
                  "copy_actions":{
                    "arn:aws:backup:us-east-1:$account:vault:Default":{
                      "target_backup_vault_arn":"arn:aws:backup:us-east-1:$account:vault:Default",
                      "lifecycle":{"move_to_cold_storage_after_days":"30","to_delete_after_days":"365"}
                    }
                  }
                }
              },
              "selections":{
                "tags":{
                  "MonthlyDatatype":{
                    "iam_role_arn":"arn:aws:iam::$account:role/MyMonthlyBackupIamRole",
                    "tag_key":"BackupType",
                    "tag_value":["MONTHLY","RED"]
                  }
                }
              }
            }
          }
        }
        """;

    /// <summary>
    /// "Example 3: A parent policy prevents any changes by a child policy": @@none at every node of the plan and on
    /// "plans".
    /// </summary>
    public const string Example3Parent = """
        {
          "plans":{
            "@@operators_allowed_for_child_policies":["@@none"],
            "PII_Backup_Plan":{
              "@@operators_allowed_for_child_policies":["@@none"],
              "regions":{
                "@@append":["us-east-1","ap-northeast-3","eu-north-1"],
                "@@operators_allowed_for_child_policies":["@@none"]
              },
              "rules":{
                "@@operators_allowed_for_child_policies":["@@none"],
                "Hourly":{
                  "@@operators_allowed_for_child_policies":["@@none"],
                  "schedule_expression":{"@@assign":"cron(0 0/1 ? * * *)","@@operators_allowed_for_child_policies":["@@none"]},
                  "start_backup_window_minutes":{"@@assign":"60","@@operators_allowed_for_child_policies":["@@none"]},
                  "target_backup_vault_name":{"@@assign":"FortKnox","@@operators_allowed_for_child_policies":["@@none"]},
                  "lifecycle":{
                    "@@operators_allowed_for_child_policies":["@@none"],
                    "move_to_cold_storage_after_days":{"@@assign":"28","@@operators_allowed_for_child_policies":["@@none"]},
                    "to_delete_after_days":{"@@assign":"180","@@operators_allowed_for_child_policies":["@@none"]}
                  },
                  "copy_actions":{
                    "@@operators_allowed_for_child_policies":["@@none"],
                    "arn:aws:backup:us-east-1:$account:vault:secondary_vault":{
                      "@@operators_allowed_for_child_policies":["@@none"],
                      "target_backup_vault_arn":{
                        "@@assign":"arn:aws:backup:us-east-1:$account:vault:secondary_vault",
                        "@@operators_allowed_for_child_policies":["@@none"]
                      },
                      "lifecycle":{
                        "@@operators_allowed_for_child_policies":["@@none"],
                        "to_delete_after_days":{"@@assign":"28","@@operators_allowed_for_child_policies":["@@none"]},
                        "move_to_cold_storage_after_days":{"@@assign":"180","@@operators_allowed_for_child_policies":["@@none"]}
                      }
                    }
                  }
                }
              },
              "selections":{
                "@@operators_allowed_for_child_policies":["@@none"],
                "tags":{
                  "@@operators_allowed_for_child_policies":["@@none"],
                  "datatype":{
                    "@@operators_allowed_for_child_policies":["@@none"],
                    "iam_role_arn":{
                      "@@assign":"arn:aws:iam::$account:role/MyIamRole",
                      "@@operators_allowed_for_child_policies":["@@none"]
                    },
                    "tag_key":{"@@assign":"dataType","@@operators_allowed_for_child_policies":["@@none"]},
                    "tag_value":{"@@assign":["PII","RED"],"@@operators_allowed_for_child_policies":["@@none"]}
                  }
                }
              },
              "advanced_backup_settings":{
                "@@operators_allowed_for_child_policies":["@@none"],
                "ec2":{
                  "@@operators_allowed_for_child_policies":["@@none"],
                  "WindowsVSS":{"@@assign":"enabled","@@operators_allowed_for_child_policies":["@@none"]}
                }
              }
            }
          }
        }
        """;

    /// <summary>
    /// Not on the page, which only says child policies "are ignored": a child that tries an @@assign, an @@remove, a
    /// changed lifecycle and an extra plan.
    /// </summary>
    public const string Example3Child = """
        {
          "plans":{
            "PII_Backup_Plan":{
              "regions":{"@@assign":["eu-west-1"]},
              "rules":{"Hourly":{"lifecycle":{"to_delete_after_days":{"@@assign":"1"}}}},
              "selections":{"tags":{"datatype":{"tag_value":{"@@remove":["PII"]}}}}
            },
            "Child_Plan":{"regions":{"@@assign":["eu-west-1"]}}
          }
        }
        """;

    /// <summary>
    /// The parent resolved, as the page says ("the parent policy becomes the effective policy"). The page's rendering
    /// again shows a "to_delete_after_days" of 2 and a copy action without its ARN key.
    /// </summary>
    public const string Example3Effective = """
        {
          "plans":{
            "PII_Backup_Plan":{
              "regions":["us-east-1","ap-northeast-3","eu-north-1"],
              "rules":{
                "Hourly":{
                  "schedule_expression":"cron(0 0/1 ? * * *)",
                  "start_backup_window_minutes":"60",
                  "target_backup_vault_name":"FortKnox",
                  "lifecycle":{"move_to_cold_storage_after_days":"28","to_delete_after_days":"180"},
                  "copy_actions":{
                    "arn:aws:backup:us-east-1:$account:vault:secondary_vault":{
                      "target_backup_vault_arn":"arn:aws:backup:us-east-1:$account:vault:secondary_vault",
                      "lifecycle":{"to_delete_after_days":"28","move_to_cold_storage_after_days":"180"}
                    }
                  }
                }
              },
              "selections":{
                "tags":{
                  "datatype":{
                    "iam_role_arn":"arn:aws:iam::$account:role/MyIamRole",
                    "tag_key":"dataType",
                    "tag_value":["PII","RED"]
                  }
                }
              },
              "advanced_backup_settings":{"ec2":{"WindowsVSS":"enabled"}}
            }
          }
        }
        """;

    /// <summary>
    /// "Example 4: A parent policy prevents changes to one backup plan by a child policy": "plans" allows @@append,
    /// the plan is locked with @@none. The page truncates the plan's sections ("{ ... }"); they are filled here with
    /// the plan of Example 2's parent.
    /// </summary>
    public const string Example4Parent = """
        {
          "plans":{
            "@@operators_allowed_for_child_policies":["@@append"],
            "PII_Backup_Plan":{
              "@@operators_allowed_for_child_policies":["@@none"],
              "regions":{"@@append":["us-east-1","ap-northeast-3","eu-north-1"]},
              "rules":{
                "Hourly":{
                  "schedule_expression":{"@@assign":"cron(0 0/1 ? * * *)"},
                  "start_backup_window_minutes":{"@@assign":"60"},
                  "target_backup_vault_name":{"@@assign":"FortKnox"},
                  "lifecycle":{"move_to_cold_storage_after_days":{"@@assign":"28"},"to_delete_after_days":{"@@assign":"180"}},
                  "copy_actions":{
                    "arn:aws:backup:us-east-1:$account:vault:secondary_vault":{
                      "target_backup_vault_arn":{"@@assign":"arn:aws:backup:us-east-1:$account:vault:secondary_vault"},
                      "lifecycle":{
                        "move_to_cold_storage_after_days":{"@@assign":"28"},
                        "to_delete_after_days":{"@@assign":"180"}
                      }
                    }
                  }
                }
              },
              "selections":{
                "tags":{
                  "datatype":{
                    "iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/MyIamRole"},
                    "tag_key":{"@@assign":"dataType"},
                    "tag_value":{"@@assign":["PII","RED"]}
                  }
                }
              }
            }
          }
        }
        """;

    /// <summary>
    /// "Example 4": the child policy defines a new plan; its truncated sections are filled with Example 2's child
    /// plan.
    /// </summary>
    public const string Example4Child = """
        {
          "plans":{
            "MonthlyBackupPlan":{
              "regions":{"@@append":["us-east-1","eu-central-1"]},
              "rules":{
                "Monthly":{
                  "schedule_expression":{"@@assign":"cron(0 5 1 * ? *)"},
                  "start_backup_window_minutes":{"@@assign":"480"},
                  "target_backup_vault_name":{"@@assign":"Default"},
                  "lifecycle":{"move_to_cold_storage_after_days":{"@@assign":"30"},"to_delete_after_days":{"@@assign":"365"}},
                  "copy_actions":{
                    "arn:aws:backup:us-east-1:$account:vault:Default":{
                      "target_backup_vault_arn":{"@@assign":"arn:aws:backup:us-east-1:$account:vault:Default"},
                      "lifecycle":{
                        "move_to_cold_storage_after_days":{"@@assign":"30"},
                        "to_delete_after_days":{"@@assign":"365"}
                      }
                    }
                  }
                }
              },
              "selections":{
                "tags":{
                  "MonthlyDatatype":{
                    "iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/MyMonthlyBackupIamRole"},
                    "tag_key":{"@@assign":"BackupType"},
                    "tag_value":{"@@assign":["MONTHLY","RED"]}
                  }
                }
              }
            }
          }
        }
        """;

    /// <summary>Not on the page, which says "Any changes to the inherited plan are still blocked": a child that tries one.</summary>
    public const string Example4ChildChangingTheLockedPlan = """
        {"plans":{"PII_Backup_Plan":{"regions":{"@@append":["eu-west-1"]}}}}
        """;

    /// <summary>Both plans, as the page says; the locked plan unchanged.</summary>
    public const string Example4Effective = """
        {
          "plans":{
            "PII_Backup_Plan":{
              "regions":["us-east-1","ap-northeast-3","eu-north-1"],
              "rules":{
                "Hourly":{
                  "schedule_expression":"cron(0 0/1 ? * * *)",
                  "start_backup_window_minutes":"60",
                  "target_backup_vault_name":"FortKnox",
                  "lifecycle":{"move_to_cold_storage_after_days":"28","to_delete_after_days":"180"},
                  "copy_actions":{
                    "arn:aws:backup:us-east-1:$account:vault:secondary_vault":{
                      "target_backup_vault_arn":"arn:aws:backup:us-east-1:$account:vault:secondary_vault",
                      "lifecycle":{"move_to_cold_storage_after_days":"28","to_delete_after_days":"180"}
                    }
                  }
                }
              },
              "selections":{
                "tags":{
                  "datatype":{
                    "iam_role_arn":"arn:aws:iam::$account:role/MyIamRole",
                    "tag_key":"dataType",
                    "tag_value":["PII","RED"]
                  }
                }
              }
            },
            "MonthlyBackupPlan":{
              "regions":["us-east-1","eu-central-1"],
              "rules":{
                "Monthly":{
                  "schedule_expression":"cron(0 5 1 * ? *)",
                  "start_backup_window_minutes":"480",
                  "target_backup_vault_name":"Default",
                  "lifecycle":{"move_to_cold_storage_after_days":"30","to_delete_after_days":"365"},
                  "copy_actions":{
                    "arn:aws:backup:us-east-1:$account:vault:Default":{
                      "target_backup_vault_arn":"arn:aws:backup:us-east-1:$account:vault:Default",
                      "lifecycle":{"move_to_cold_storage_after_days":"30","to_delete_after_days":"365"}
                    }
                  }
                }
              },
              "selections":{
                "tags":{
                  "MonthlyDatatype":{
                    "iam_role_arn":"arn:aws:iam::$account:role/MyMonthlyBackupIamRole",
                    "tag_key":"BackupType",
                    "tag_value":["MONTHLY","RED"]
                  }
                }
              }
            }
          }
        }
        """;

    /// <summary>"Example 5: A child policy overrides settings in a parent policy": the parent policy.</summary>
    public const string Example5Parent = """
        {
          "plans":{
            "PII_Backup_Plan":{
              "regions":{"@@append":["us-east-1","ap-northeast-3","eu-north-1"]},
              "rules":{
                "Hourly":{
                  "schedule_expression":{"@@assign":"cron(0 0/1 ? * * *)"},
                  "start_backup_window_minutes":{"@@assign":"60"},
                  "target_backup_vault_name":{"@@assign":"FortKnox"},
                  "lifecycle":{"to_delete_after_days":{"@@assign":"2"},"move_to_cold_storage_after_days":{"@@assign":"180"}},
                  "copy_actions":{
                    "arn:aws:backup:us-east-1:$account:vault:t2":{
                      "target_backup_vault_arn":{"@@assign":"arn:aws:backup:us-east-1:$account:vault:t2"},
                      "lifecycle":{
                        "move_to_cold_storage_after_days":{"@@assign":"28"},
                        "to_delete_after_days":{"@@assign":"180"}
                      }
                    }
                  }
                }
              },
              "selections":{
                "tags":{
                  "datatype":{
                    "iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/MyIamRole"},
                    "tag_key":{"@@assign":"dataType"},
                    "tag_value":{"@@assign":["PII","RED"]}
                  }
                }
              }
            }
          }
        }
        """;

    /// <summary>"Example 5": the child policy with only the settings it changes.</summary>
    public const string Example5Child = """
        {
          "plans":{
            "PII_Backup_Plan":{
              "regions":{"@@assign":["us-west-2","eu-central-1"]},
              "rules":{
                "Hourly":{
                  "schedule_expression":{"@@assign":"cron(0 0/2 ? * * *)"},
                  "start_backup_window_minutes":{"@@assign":"80"},
                  "target_backup_vault_name":{"@@assign":"Default"},
                  "lifecycle":{"move_to_cold_storage_after_days":{"@@assign":"30"},"to_delete_after_days":{"@@assign":"365"}}
                }
              }
            }
          }
        }
        """;

    /// <summary>
    /// Regions replaced, every other hour, an 80-minute start window, the Default vault and the longer lifecycle, as
    /// the page lists; everything else inherited. The page's rendering shows the copy action under a
    /// "secondary_vault" ARN (the parent's is "t2") with an "@@assign" left in it.
    /// </summary>
    public const string Example5Effective = """
        {
          "plans":{
            "PII_Backup_Plan":{
              "regions":["us-west-2","eu-central-1"],
              "rules":{
                "Hourly":{
                  "schedule_expression":"cron(0 0/2 ? * * *)",
                  "start_backup_window_minutes":"80",
                  "target_backup_vault_name":"Default",
                  "lifecycle":{"to_delete_after_days":"365","move_to_cold_storage_after_days":"30"},
                  "copy_actions":{
                    "arn:aws:backup:us-east-1:$account:vault:t2":{
                      "target_backup_vault_arn":"arn:aws:backup:us-east-1:$account:vault:t2",
                      "lifecycle":{"move_to_cold_storage_after_days":"28","to_delete_after_days":"180"}
                    }
                  }
                }
              },
              "selections":{
                "tags":{
                  "datatype":{
                    "iam_role_arn":"arn:aws:iam::$account:role/MyIamRole",
                    "tag_key":"dataType",
                    "tag_value":["PII","RED"]
                  }
                }
              }
            }
          }
        }
        """;
}
