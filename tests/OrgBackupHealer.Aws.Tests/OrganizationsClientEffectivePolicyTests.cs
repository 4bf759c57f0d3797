using System.Text.Json.Nodes;
using OrgBackupHealer.Aws.Tests.Stubs;

namespace OrgBackupHealer.Aws.Tests;

/// <summary>
/// Organizations' own verdict on effective backup policies. moto does not model these operations, so the answers
/// here are shaped exactly as the service model gives ListAccountsWithInvalidEffectivePolicyResponse and
/// ListEffectivePolicyValidationErrorsResponse.
/// </summary>
public sealed class OrganizationsClientEffectivePolicyTests
{
    [Fact]
    public async Task ListsEveryAccountWithAnInvalidEffectiveBackupPolicyAcrossPages()
    {
        // Arrange
        var stub = new StubAwsHandler()
            .Then(AwsAnswers.Json("""{"Accounts":[{"Id":"111122223333","Arn":"arn:aws:organizations::999999999999:account/o-abc123/111122223333","Name":"prod","Status":"ACTIVE","State":"ACTIVE","JoinedMethod":"CREATED","JoinedTimestamp":1.7E9}],"PolicyType":"BACKUP_POLICY","NextToken":"t1"}"""))
            .Then(AwsAnswers.Json("""{"Accounts":[{"Id":"444455556666","Name":"dev"}],"PolicyType":"BACKUP_POLICY"}"""));
        using var client = StubbedClient.Create(stub);

        // Act
        var accounts = await client.ListAccountsWithInvalidEffectiveBackupPolicyAsync(CancellationToken.None);

        // Assert
        Assert.Equal([("111122223333", "prod"), ("444455556666", "dev")], accounts.Select(a => (a.Id, a.Name)));
        Assert.All(stub.Requests, r => Assert.Equal("BACKUP_POLICY", JsonNode.Parse(r.Body)!["PolicyType"]!.GetValue<string>()));
        Assert.Equal("AWSOrganizationsV20161128.ListAccountsWithInvalidEffectivePolicy", stub.Requests[0].Header("X-Amz-Target"));
        Assert.Equal("t1", JsonNode.Parse(stub.Requests[1].Body)!["NextToken"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReadsTheValidationErrorsOfOneAccountWithTheirContributingPolicies()
    {
        // Arrange
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("""
            {"AccountId":"111122223333","PolicyType":"BACKUP_POLICY","Path":"o-abc123/r-ab12/ou-ab12-cdefghij/111122223333/",
             "EvaluationTimestamp":1.7E9,
             "EffectivePolicyValidationErrors":[{"ErrorCode":"ELEMENTS_TOO_MANY","ErrorMessage":"The effective policy has too many rules.","PathToError":"plans.baseline.rules","ContributingPolicies":["p-11111111","p-22222222"]}]}
            """));
        using var client = StubbedClient.Create(stub);

        // Act
        var validation = await client.ListEffectiveBackupPolicyValidationErrorsAsync("111122223333", CancellationToken.None);

        // Assert
        var request = JsonNode.Parse(stub.Requests[0].Body)!;
        Assert.Equal(("111122223333", "BACKUP_POLICY"), (request["AccountId"]!.GetValue<string>(), request["PolicyType"]!.GetValue<string>()));
        Assert.Equal("o-abc123/r-ab12/ou-ab12-cdefghij/111122223333/", validation.Path);
        var error = Assert.Single(validation.Errors);
        Assert.Equal(("ELEMENTS_TOO_MANY", "plans.baseline.rules"), (error.ErrorCode, error.PathToError));
        Assert.Equal(["p-11111111", "p-22222222"], error.ContributingPolicyIds);
    }
}
