using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Core.Tests.Policies;

/// <summary>The Organizations size limit and the message a rejected document carries.</summary>
public sealed class PolicyDocumentLimitTests
{
    private const string Minimal = """
        {"plans":{"p":{"regions":{"@@assign":["us-east-1"]},"rules":{"r":{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"},"target_backup_vault_name":{"@@assign":"Default"}}},
          "selections":{"tags":{"t":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/Backup"},"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["true"]}}}}}}}
        """;

    private static string PaddedTo(int length) => Minimal + new string(' ', length - Minimal.Length);

    [Fact]
    public void ADocumentOfExactlyTheLimitIsAccepted()
    {
        Assert.Empty(BackupPolicyValidator.Validate(PaddedTo(BackupPolicyValidator.MaxContentLength)));
    }

    [Fact]
    public void ADocumentOneCharacterOverTheLimitIsRejected()
    {
        var errors = BackupPolicyValidator.Validate(PaddedTo(BackupPolicyValidator.MaxContentLength + 1));

        Assert.Equal([new PolicyValidationError("$", "document is 10001 characters; the limit is 10000")], errors);
    }

    [Fact]
    public void TheExceptionMessageListsEveryErrorWithItsPath()
    {
        var exception = new PolicyDocumentException([new("$.a", "first"), new("$.b", "second")]);

        Assert.Equal("Invalid backup policy document: $.a: first; $.b: second", exception.Message);
    }
}
