using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation.Tests;

/// <summary>
/// What CreatePolicy, UpdatePolicy and TagResource accept and refuse, with the service model's error shapes: name
/// length, names unique per type, the backup policy's size limit, AWS managed policies nobody may change.
/// </summary>
public sealed class PolicyWriteRulesTests
{
    private const string Content = """{"plans":{}}""";
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly Dictionary<string, string> s_noTags = [];

    private static async Task<OrganizationsException> ErrorOf(Func<Task> call) => await Assert.ThrowsAsync<OrganizationsException>(call);

    private static SimulatedOrganization Organization() => new(new SimulationOptions { PendingEnableReads = 0 });

    [Theory]
    [InlineData(0, "InvalidInputException")]
    [InlineData(1, null)]
    [InlineData(128, null)]
    [InlineData(129, "InvalidInputException")]
    public async Task APolicyNameMustBeOneTo128Characters(int length, string? expected)
    {
        // Arrange
        var org = Organization();

        // Act
        var failure = await Record.ExceptionAsync(() => org.CreateBackupPolicyAsync(new NewPolicy(new string('n', length), "", Content, s_noTags), s_none));

        // Assert
        Assert.Equal(expected, (failure as OrganizationsException)?.ErrorCode);
        Assert.Equal(expected is null ? 1 : 0, (await org.ListBackupPoliciesAsync(s_none)).Count);
    }

    [Theory]
    [InlineData(10_000, null)]
    [InlineData(10_001, "ConstraintViolationException")]
    public async Task BackupPolicyContentIsLimitedTo10000Characters(int length, string? expected)
    {
        // Arrange
        var org = Organization();
        var content = """{"plans":{},"pad":""" + "\"" + new string('x', length - 21) + "\"}";

        // Act
        var failure = await Record.ExceptionAsync(() => org.CreateBackupPolicyAsync(new NewPolicy("b", "", content, s_noTags), s_none));

        // Assert
        Assert.Equal(length, content.Length);
        Assert.Equal(expected, (failure as OrganizationsException)?.ErrorCode);
    }

    [Fact]
    public void TheBackupPolicySizeLimitDoesNotApplyToOtherPolicyTypes()
    {
        // Arrange
        var org = Organization();
        var content = """{"pad":""" + "\"" + new string('x', 10_000) + "\"}";

        // Act
        var id = org.CreatePolicy("TAG_POLICY", "big-tags", content);

        // Assert
        Assert.Equal(content, org.Capture().Policies.Single(p => p.Id == id).Content);
    }

    [Fact]
    public async Task AnOversizedUpdateIsRefusedAndLeavesTheContent()
    {
        // Arrange
        var org = Organization();
        var created = await org.CreateBackupPolicyAsync(new NewPolicy("b", "", Content, s_noTags), s_none);
        var oversized = """{"pad":""" + "\"" + new string('x', 10_000) + "\"}";

        // Act
        var failure = await ErrorOf(() => org.UpdateManagedPolicyAsync(new ManagedPolicyId(created.Id), new PolicyUpdate(Content: oversized), s_none));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.ConstraintViolation, failure.ErrorCode);
        Assert.Equal(Content, (await org.DescribePolicyAsync(created.Id, s_none)).Content);
    }

    [Fact]
    public async Task AnUpdateChangesOnlyTheMembersItSets()
    {
        // Arrange
        var org = Organization();
        var created = await org.CreateBackupPolicyAsync(new NewPolicy("b", "first", Content, s_noTags), s_none);
        const string NewContent = """{"plans":{"p":{}}}""";

        // Act
        var renamed = await org.UpdateManagedPolicyAsync(new ManagedPolicyId(created.Id), new PolicyUpdate(Name: "c"), s_none);
        var described = await org.UpdateManagedPolicyAsync(new ManagedPolicyId(created.Id), new PolicyUpdate(Description: "second"), s_none);
        await org.UpdateManagedPolicyAsync(new ManagedPolicyId(created.Id), new PolicyUpdate(Content: NewContent), s_none);
        var policy = await org.DescribePolicyAsync(created.Id, s_none);

        // Assert
        Assert.Equal(("c", "first"), (renamed.Name, renamed.Description));
        Assert.Equal(("c", "second"), (described.Name, described.Description));
        Assert.Equal(("c", "second", NewContent), (policy.Summary.Name, policy.Summary.Description, policy.Content));
    }

    [Fact]
    public async Task RenamingToANameAnotherPolicyOfTheTypeHoldsFailsWithDuplicatePolicy()
    {
        // Arrange
        var org = Organization();
        var first = await org.CreateBackupPolicyAsync(new NewPolicy("first", "", Content, s_noTags), s_none);
        await org.CreateBackupPolicyAsync(new NewPolicy("second", "", Content, s_noTags), s_none);
        org.CreatePolicy("TAG_POLICY", "tags", "{}");

        // Act
        var taken = await ErrorOf(() => org.UpdateManagedPolicyAsync(new ManagedPolicyId(first.Id), new PolicyUpdate(Name: "second"), s_none));
        var otherType = await org.UpdateManagedPolicyAsync(new ManagedPolicyId(first.Id), new PolicyUpdate(Name: "tags"), s_none);
        var same = await org.UpdateManagedPolicyAsync(new ManagedPolicyId(first.Id), new PolicyUpdate(Name: "tags"), s_none);

        // Assert
        Assert.Equal(OrganizationsErrorCodes.DuplicatePolicy, taken.ErrorCode);
        Assert.Equal("tags", otherType.Name);
        Assert.Equal("tags", same.Name);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(129)]
    public async Task RenamingToANameOutside1To128CharactersFailsWithInvalidInput(int length)
    {
        // Arrange
        var org = Organization();
        var created = await org.CreateBackupPolicyAsync(new NewPolicy("b", "", Content, s_noTags), s_none);

        // Act
        var failure = await ErrorOf(() => org.UpdateManagedPolicyAsync(new ManagedPolicyId(created.Id), new PolicyUpdate(Name: new string('n', length)), s_none));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.InvalidInput, failure.ErrorCode);
        Assert.Equal("b", (await org.DescribePolicyAsync(created.Id, s_none)).Summary.Name);
    }

    [Fact]
    public void RenamingByAnotherToolKeepsTheDescriptionAndContent()
    {
        // Arrange
        var org = Organization();
        var id = org.CreatePolicy(PolicyTypes.BackupPolicy, "b", Content, "kept");

        // Act
        org.RenamePolicy(id, "renamed");

        // Assert
        var policy = org.Capture().Policies.Single(p => p.Id == id);
        Assert.Equal(("renamed", "kept", Content), (policy.Name, policy.Description, policy.Content));
        Assert.Equal(id, org.FindPolicyId("renamed"));
        Assert.Null(org.FindPolicyId("b"));
    }

    [Fact]
    public async Task TheAwsManagedPolicyCannotBeUpdatedOrDeleted()
    {
        // Arrange
        var org = Organization();
        var fullAccess = new ManagedPolicyId(SimulatedOrganization.FullAwsAccessPolicyId);
        var before = org.Capture();

        // Act
        var update = await ErrorOf(() => org.UpdateManagedPolicyAsync(fullAccess, new PolicyUpdate(Content: "{}"), s_none));
        var delete = Assert.Throws<OrganizationsException>(() => org.DeletePolicy(SimulatedOrganization.FullAwsAccessPolicyId));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.AccessDenied, update.ErrorCode);
        Assert.Equal(OrganizationsErrorCodes.AccessDenied, delete.ErrorCode);
        Assert.Equal(before, org.Capture());
    }

    [Fact]
    public async Task TheAwsManagedPolicyIsDescribedWithItsDescriptionAndAllowAllContent()
    {
        // Arrange
        var org = Organization();

        // Act
        var policy = await org.DescribePolicyAsync(SimulatedOrganization.FullAwsAccessPolicyId, s_none);

        // Assert
        Assert.Equal(("FullAWSAccess", "Allows access to every operation", true), (policy.Summary.Name, policy.Summary.Description, policy.Summary.AwsManaged));
        Assert.Equal("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""", policy.Content);
    }

    [Fact]
    public async Task TaggingAddsAndOverwritesTagsAndListsThem()
    {
        // Arrange
        var org = Organization();
        var created = await org.CreateBackupPolicyAsync(new NewPolicy("b", "", Content, new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }), s_none);

        // Act
        await org.TagManagedPolicyAsync(new ManagedPolicyId(created.Id), new Dictionary<string, string> { ["b"] = "3", ["c"] = "4" }, s_none);
        var tags = await org.ListPolicyTagsAsync(created.Id, s_none);

        // Assert
        Assert.Equal(new Dictionary<string, string> { ["a"] = "1", ["b"] = "3", ["c"] = "4" }, tags);
        Assert.Equal([WriteCall.CreatePolicy("b"), WriteCall.TagResource(created.Id)], org.Writes);
    }

    [Fact]
    public void TagsSetAndRemovedByAnotherToolShowInTheCapture()
    {
        // Arrange
        var org = Organization();
        var id = org.CreatePolicy(PolicyTypes.BackupPolicy, "b", Content, tags: new Dictionary<string, string> { ["owner"] = "team" });

        // Act
        org.TagPolicy(id, "cost", "center");
        org.RemovePolicyTag(id, "owner");

        // Assert
        Assert.Equal(["cost=center"], org.Capture().Policies.Single(p => p.Id == id).Tags);
    }

    [Fact]
    public async Task ListingTheTagsOfAnUnknownPolicyFailsWithTargetNotFound()
    {
        // Arrange
        var org = Organization();

        // Act
        var failure = await ErrorOf(() => org.ListPolicyTagsAsync("p-00000000", s_none));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.TargetNotFound, failure.ErrorCode);
        Assert.Equal(OrganizationsOperations.ListTagsForResource, failure.Operation);
    }

    [Fact]
    public async Task TaggingAnUnknownPolicyFailsAndIsRecordedAsAFailedWrite()
    {
        // Arrange
        var org = Organization();

        // Act
        var failure = await ErrorOf(() => org.TagManagedPolicyAsync(new ManagedPolicyId("p-00000000"), new Dictionary<string, string> { ["k"] = "v" }, s_none));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.PolicyNotFound, failure.ErrorCode);
        Assert.Equal([WriteCall.TagResource("p-00000000", OrganizationsErrorCodes.PolicyNotFound)], org.Writes);
    }

    [Fact]
    public void AnotherToolsMalformedEditIsRefusedAndLeavesTheContent()
    {
        // Arrange
        var org = Organization();
        var id = org.CreatePolicy(PolicyTypes.BackupPolicy, "b", Content);

        // Act
        var failure = Assert.Throws<OrganizationsException>(() => org.EditPolicyContent(id, "{"));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.MalformedPolicyDocument, failure.ErrorCode);
        Assert.Equal(Content, org.Capture().Policies.Single(p => p.Id == id).Content);
    }

    [Theory]
    [InlineData(128, null)]
    [InlineData(129, "InvalidInputException")]
    public async Task ARenameMayUseUpTo128Characters(int length, string? expected)
    {
        // Arrange
        var org = Organization();
        var created = await org.CreateBackupPolicyAsync(new NewPolicy("b", "", Content, s_noTags), s_none);

        // Act
        var failure = await Record.ExceptionAsync(() => org.UpdateManagedPolicyAsync(new ManagedPolicyId(created.Id), new PolicyUpdate(Name: new string('n', length)), s_none));

        // Assert
        Assert.Equal(expected, (failure as OrganizationsException)?.ErrorCode);
        Assert.Equal(expected is null ? length : 1, (await org.DescribePolicyAsync(created.Id, s_none)).Summary.Name.Length);
    }
}
