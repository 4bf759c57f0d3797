using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Tests.Events;

public class HealerRoleTests
{
    [Theory]
    [InlineData("arn:aws:sts::111111111111:assumed-role/OrgBackupHealerFunctionRole/session-1")]
    [InlineData("arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole")]
    [InlineData("ARN:AWS:STS::111111111111:ASSUMED-ROLE/ORGBACKUPHEALERFUNCTIONROLE/s")]
    public void RecognisesTheRoleInBothArnForms(string callerArn)
    {
        Assert.True(HealerRole.TryParse("arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole", out var role));

        Assert.True(role!.IsCaller(new UserIdentity { Arn = callerArn }));
    }

    [Fact]
    public void MatchesAssumedRoleWhenTheRoleHasAPath()
    {
        Assert.True(HealerRole.TryParse("arn:aws:iam::111111111111:role/service/Healer", out var role));

        Assert.True(role!.IsCaller(new UserIdentity { Arn = "arn:aws:sts::111111111111:assumed-role/Healer/s" }));
    }

    [Theory]
    [InlineData("arn:aws:sts::111111111111:assumed-role/OrgBackupHealerFunctionRoleX/s")]
    [InlineData("arn:aws:sts::222222222222:assumed-role/OrgBackupHealerFunctionRole/s")]
    [InlineData("arn:aws:iam::111111111111:user/OrgBackupHealerFunctionRole")]
    [InlineData(null)]
    public void DoesNotMatchOtherCallers(string? callerArn)
    {
        Assert.True(HealerRole.TryParse("arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole", out var role));

        Assert.False(role!.IsCaller(new UserIdentity { Arn = callerArn }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("OrgBackupHealerFunctionRole")]
    [InlineData("arn:aws:iam::1111:role/X")]
    [InlineData("arn:aws:sts::111111111111:assumed-role/X/s")]
    [InlineData("arn:aws:iam::111111111111:user/X")]
    [InlineData("arn:aws:iam::111111111111:role/")]
    public void RejectsStringsThatAreNotRoleArns(string? value)
    {
        Assert.False(HealerRole.TryParse(value, out var role));
        Assert.Null(role);
    }

    [Theory]
    [InlineData("arn:aws:sts::111111111111:assumed-role/OrgBackupHealerFunctionRole/session-1", true)]
    [InlineData("ARN:AWS:STS::111111111111:ASSUMED-ROLE/ORGBACKUPHEALERFUNCTIONROLE/s", true)]
    [InlineData("arn:aws:iam::111111111111:role/orgbackuphealerfunctionrole", true)]
    [InlineData("arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole/", false)]
    [InlineData("arn:aws:sts::111111111111:assumed-role/OrgBackupHealerFunctionRole/", true)]
    [InlineData("arn:aws:sts::111111111111:assumed-role/OrgBackupHealerFunctionRoleX/s", false)]
    [InlineData("arn:aws:sts::111111111111:assumed-role/OrgBackupHealerFunctionRole", false)]
    [InlineData("arn:aws:sts", false)]
    [InlineData("", false)]
    public void RecognisesTheRoleInTheArnsOfAnEventBodyAsInARecord(string callerArn, bool isCaller)
    {
        Assert.True(HealerRole.TryParse("arn:aws:iam::111111111111:role/OrgBackupHealerFunctionRole", out var role));
        var classifier = new EventClassifier("baseline", role);

        var asUser = classifier.Classify(Body($$"""{"arn":"{{callerArn}}"}"""));
        var asIssuer = classifier.Classify(Body("{\"arn\":\"arn:aws:iam::111111111111:user/alice\",\"sessionContext\":{\"sessionIssuer\":{\"arn\":\"" + callerArn + "\"}}}"));
        var escaped = classifier.Classify(Body($$"""{"arn":"{{callerArn.Replace("a", "\\u0061", StringComparison.Ordinal)}}"}"""));

        Assert.Equal(isCaller, role!.IsCaller(new UserIdentity { Arn = callerArn }));
        Assert.Equal([isCaller, isCaller, isCaller], [asUser.Kind == EventKind.SelfGenerated, asIssuer.Kind == EventKind.SelfGenerated, escaped.Kind == EventKind.SelfGenerated]);
    }

    [Fact]
    public void RejectsARoleArnThatIsNotAscii()
    {
        Assert.False(HealerRole.TryParse("arn:aws:iam::111111111111:role/Zoë", out var role));
        Assert.Null(role);
    }

    private static byte[] Body(string userIdentity) => System.Text.Encoding.UTF8.GetBytes(
        """{"source":"aws.organizations","detail-type":"AWS API Call via CloudTrail","detail":{"eventSource":"organizations.amazonaws.com","eventName":"DetachPolicy","userIdentity":""" + userIdentity + "}}");
}
