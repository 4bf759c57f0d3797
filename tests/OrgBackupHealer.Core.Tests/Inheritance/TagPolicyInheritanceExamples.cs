namespace OrgBackupHealer.Core.Tests.Inheritance;

/// <summary>
/// The "Policy inheritance examples" on
/// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_inheritance_mgmt.html (read from the
/// page's source, doc_source/orgs_manage_policies_inheritance_mgmt.md in awsdocs/aws-organizations-docs). They are
/// written with tag policies, but the page states the rules for every management policy type, backup policies included,
/// and they are the only worked examples of @@remove, restrictions on one target and attachment order. Inputs are the
/// page's, reformatted; corrections are noted where made.
/// </summary>
internal static class TagPolicyInheritanceExamples
{
    /// <summary>"Policy A – Organization root tag policy", the parent in examples 1 to 3.</summary>
    public const string PolicyA = """
        {"tags":{"costcenter":{"tag_key":{"@@assign":"CostCenter"},"tag_value":{"@@assign":["Development","Support"]}}}}
        """;

    /// <summary>"Example 1: Allow child policies to overwrite only tag values": policy B, attached to OU1.</summary>
    public const string PolicyB = """
        {"tags":{"costcenter":{
          "tag_key":{"@@assign":"CostCenter"},
          "tag_value":{"@@assign":["Sandbox"]},
          "enforced_for":{"@@assign":["redshift:*","dynamodb:table"]}}}}
        """;

    /// <summary>"Resultant effective tag policy for accounts 111111111111 and 222222222222", as the page shows it.</summary>
    public const string EffectiveAB = """
        {"tags":{"costcenter":{"tag_key":"CostCenter","tag_value":["Sandbox"],"enforced_for":["redshift:*","dynamodb:table"]}}}
        """;

    /// <summary>"Example 2: Append new values to inherited tags": policy C, attached to OU2.</summary>
    public const string PolicyC = """
        {"tags":{"costcenter":{
          "tag_key":{"@@assign":"CostCenter"},
          "tag_value":{"@@append":["Marketing"]},
          "enforced_for":{"@@append":["redshift:*","dynamodb:table"]}}}}
        """;

    /// <summary>"Effective tag policy for account 999999999999", as the page shows it.</summary>
    public const string EffectiveAC = """
        {"tags":{"costcenter":{"tag_key":"CostCenter","tag_value":["Development","Support","Marketing"],"enforced_for":["redshift:*","dynamodb:table"]}}}
        """;

    /// <summary>
    /// "Example 3: Remove values from inherited tags": policy D, attached to account 999999999999. Corrected: the page
    /// nests "enforced_for" inside "tag_value", where it is no setting at all; its text ("Compliance is not enforced")
    /// and its effective policy only make sense with "enforced_for" beside "tag_value", as here.
    /// </summary>
    public const string PolicyD = """
        {"tags":{"costcenter":{
          "tag_key":{"@@assign":"CostCenter"},
          "tag_value":{"@@remove":["Development","Marketing"]},
          "enforced_for":{"@@remove":["redshift:*","dynamodb:table"]}}}}
        """;

    /// <summary>"New effective tag policy for account 999999999999" (policies A, C and D), as the page shows it.</summary>
    public const string EffectiveACD = """
        {"tags":{"costcenter":{"tag_key":"CostCenter","tag_value":["Support"]}}}
        """;

    /// <summary>"Example 4: Restrict changes to child policies": policy E, attached to the root.</summary>
    public const string PolicyE = """
        {"tags":{"project":{
          "tag_key":{"@@operators_allowed_for_child_policies":["@@none"],"@@assign":"Project"},
          "tag_value":{"@@operators_allowed_for_child_policies":["@@append"],"@@assign":["Maintenance","Escalations"]}}}}
        """;

    /// <summary>"Example 4": policy F, attached to an OU.</summary>
    public const string PolicyF = """
        {"tags":{"project":{"tag_key":{"@@assign":"PROJECT"},"tag_value":{"@@append":["Escalations - research"]}}}}
        """;

    /// <summary>
    /// "Effective policy for accounts in the OU". The page renders the key as "project", but its own text says policy F
    /// "attempts to change the case treatment, but it can't", which leaves policy E's "Project".
    /// </summary>
    public const string EffectiveEF = """
        {"tags":{"project":{"tag_key":"Project","tag_value":["Maintenance","Escalations","Escalations - research"]}}}
        """;

    /// <summary>"Example 5: Conflicts with child control operators": policy G, the first of two at the root.</summary>
    public const string PolicyG = """
        {"tags":{"project":{"tag_value":{"@@operators_allowed_for_child_policies":["@@append"],"@@assign":["Maintenance"]}}}}
        """;

    /// <summary>"Example 5": policy H, the second at the root.</summary>
    public const string PolicyH = """
        {"tags":{"project":{"tag_value":{"@@operators_allowed_for_child_policies":["@@append","@@remove"]}}}}
        """;

    /// <summary>
    /// Not on the page, which only states the outcome ("the child policy can append a value to the list of tag values
    /// but can't remove the Maintenance value"): a child that tries both.
    /// </summary>
    public const string ChildOfGAndH = """
        {"tags":{"project":{"tag_value":{"@@append":["Research"],"@@remove":["Maintenance"]}}}}
        """;

    /// <summary>"Example 6: Conflicts with appending values at same hierarchy level": policy J, attached to the root first.</summary>
    public const string PolicyJ = """
        {"tags":{"project":{"tag_key":{"@@assign":"PROJECT"},"tag_value":{"@@append":["Maintenance"]}}}}
        """;

    /// <summary>"Example 6": policy K, attached to the root second.</summary>
    public const string PolicyK = """
        {"tags":{"project":{"tag_key":{"@@assign":"project"}}}}
        """;

    /// <summary>"Policy JK – Effective tag policy for account", without the stray leading space the page shows in " PROJECT".</summary>
    public const string EffectiveJK = """
        {"tags":{"project":{"tag_key":"PROJECT","tag_value":["Maintenance"]}}}
        """;
}
