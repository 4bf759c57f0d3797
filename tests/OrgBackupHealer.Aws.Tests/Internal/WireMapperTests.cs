using OrgBackupHealer.Aws.Internal;
using OrgBackupHealer.Aws.Internal.Wire;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Tests.Internal;

/// <summary>
/// Wire shapes to the core's records: optional members the service leaves out read as empty, present ones are kept,
/// and a missing id is an InvalidResponse that names the member.
/// </summary>
public sealed class WireMapperTests
{
    [Fact]
    public void KeepsEveryMemberOfARoot()
    {
        var root = WireMapper.ToRoot(new WireRoot("r-ab12", "arn:root", "Root", [new WirePolicyTypeSummary("BACKUP_POLICY", "ENABLED")]));

        Assert.Equal("r-ab12", root.Id);
        Assert.Equal("arn:root", root.Arn);
        Assert.Equal("Root", root.Name);
        var type = Assert.Single(root.PolicyTypes);
        Assert.Equal("BACKUP_POLICY", type.Type);
    }

    [Fact]
    public void ReadsARootWithoutOptionalMembersAsEmpty()
    {
        var root = WireMapper.ToRoot(new WireRoot("r-ab12", null, null, null));

        Assert.Equal("", root.Arn);
        Assert.Equal("", root.Name);
        Assert.Empty(root.PolicyTypes);
    }

    [Fact]
    public void SkipsPolicyTypesWithoutATypeOrAStatus()
    {
        var root = WireMapper.ToRoot(new WireRoot(
            "r-ab12",
            null,
            null,
            [new WirePolicyTypeSummary("BACKUP_POLICY", "ENABLED"), new WirePolicyTypeSummary(null, "ENABLED"), new WirePolicyTypeSummary("TAG_POLICY", null)]));

        Assert.Equal(["BACKUP_POLICY"], root.PolicyTypes.Select(t => t.Type));
    }

    [Fact]
    public void KeepsEveryMemberOfAPolicySummary()
    {
        var summary = WireMapper.ToSummary(new WirePolicySummary("p-12345678", "arn:p", "baseline", "the baseline", "BACKUP_POLICY", true), "ListPolicies");

        Assert.Equal(new PolicySummary("p-12345678", "arn:p", "baseline", "the baseline", "BACKUP_POLICY", true), summary);
    }

    [Fact]
    public void ReadsAPolicySummaryWithoutOptionalMembersAsEmptyAndCustomerManaged()
    {
        var summary = WireMapper.ToSummary(new WirePolicySummary("p-12345678", null, null, null, null, null), "ListPolicies");

        Assert.Equal(new PolicySummary("p-12345678", "", "", "", "", false), summary);
    }

    [Fact]
    public void ReadsAPolicyWithoutContentAsEmpty()
    {
        var policy = WireMapper.ToPolicy(new WirePolicy(new WirePolicySummary("p-12345678", null, null, null, null, null), null), "DescribePolicy");

        Assert.Equal("", policy.Content);
        Assert.Equal("p-12345678", policy.Summary.Id);
    }

    [Fact]
    public void KeepsEveryMemberOfATarget()
    {
        var target = WireMapper.ToTarget(new WirePolicyTargetSummary("ou-ab12-11111111", "arn:ou", "Prod", "ORGANIZATIONAL_UNIT"));

        Assert.Equal(new PolicyTarget("ou-ab12-11111111", "arn:ou", "Prod", TargetType.OrganizationalUnit), target);
    }

    [Fact]
    public void ReadsATargetWithoutOptionalMembersAsEmpty()
    {
        var target = WireMapper.ToTarget(new WirePolicyTargetSummary("111111111111", null, null, "ACCOUNT"));

        Assert.Equal(new PolicyTarget("111111111111", "", "", TargetType.Account), target);
    }

    [Fact]
    public void ReadsANodeWithoutANameAsEmpty()
    {
        Assert.Equal(new OrganizationNode("111111111111", "", TargetType.Account), WireMapper.ToNode("111111111111", null, TargetType.Account));
        Assert.Equal(new OrganizationNode("ou-ab12-11111111", "Prod", TargetType.OrganizationalUnit), WireMapper.ToNode("ou-ab12-11111111", "Prod", TargetType.OrganizationalUnit));
    }

    public static TheoryData<string, Func<object>> MissingIds => new()
    {
        { "Root.Id", () => WireMapper.ToRoot(new WireRoot(null, "arn", "Root", null)) },
        { "PolicySummary.Id", () => WireMapper.ToSummary(new WirePolicySummary("", "arn", "n", "d", "BACKUP_POLICY", false), "ListPolicies") },
        { "PolicyTargetSummary.TargetId", () => WireMapper.ToTarget(new WirePolicyTargetSummary(null, "arn", "n", "ACCOUNT")) },
        { "Account.Id", () => WireMapper.ToNode(null, "n", TargetType.Account) },
        { "OrganizationalUnit.Id", () => WireMapper.ToNode("", "n", TargetType.OrganizationalUnit) },
    };

    [Theory]
    [MemberData(nameof(MissingIds))]
    public void AMissingIdIsAnInvalidResponseNamingTheMember(string member, Func<object> map)
    {
        var error = Assert.Throws<OrganizationsException>(map);

        Assert.Equal(OrganizationsErrorCodes.InvalidResponse, error.ErrorCode);
        Assert.Equal($"The service answered without {member}.", error.Message);
    }

    [Fact]
    public void AnAnswerWithoutItsPolicyNamesTheOperation()
    {
        var noSummary = Assert.Throws<OrganizationsException>(() => WireMapper.ToSummary(null, "CreatePolicy"));
        var noPolicy = Assert.Throws<OrganizationsException>(() => WireMapper.ToPolicy(null, "DescribePolicy"));

        Assert.Equal("CreatePolicy answered without a PolicySummary.", noSummary.Message);
        Assert.Equal("DescribePolicy answered without a Policy.", noPolicy.Message);
        Assert.Equal(OrganizationsErrorCodes.InvalidResponse, noPolicy.ErrorCode);
    }

    [Fact]
    public void AnUnknownTargetTypeIsRejectedWithItsValue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TargetTypeNames.FromWire("MANAGEMENT_ACCOUNT"));

        Assert.Equal("MANAGEMENT_ACCOUNT", error.ActualValue);
        Assert.StartsWith("Unknown TargetType.", error.Message, StringComparison.Ordinal);
    }
}
