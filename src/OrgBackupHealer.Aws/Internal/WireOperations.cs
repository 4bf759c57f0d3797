using OrgBackupHealer.Aws.Internal.Wire;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>
/// The shapes of every operation the client can send, named from <see cref="OrganizationsOperations"/>. Adding a call
/// here is the only way to reach the wire; a test checks the table covers exactly the operations Core names.
/// </summary>
internal static class WireOperations
{
    private static readonly OrganizationsJsonContext s_json = OrganizationsJsonContext.Default;

    public static readonly WireOperation<ListRootsRequest, ListRootsResponse> ListRoots =
        new(OrganizationsOperations.ListRoots, s_json.ListRootsRequest, s_json.ListRootsResponse);

    public static readonly WireOperation<ListPoliciesRequest, ListPoliciesResponse> ListPolicies =
        new(OrganizationsOperations.ListPolicies, s_json.ListPoliciesRequest, s_json.ListPoliciesResponse);

    public static readonly WireOperation<DescribePolicyRequest, DescribePolicyResponse> DescribePolicy =
        new(OrganizationsOperations.DescribePolicy, s_json.DescribePolicyRequest, s_json.DescribePolicyResponse);

    public static readonly WireOperation<ListTagsForResourceRequest, ListTagsForResourceResponse> ListTagsForResource =
        new(OrganizationsOperations.ListTagsForResource, s_json.ListTagsForResourceRequest, s_json.ListTagsForResourceResponse);

    public static readonly WireOperation<ListTargetsForPolicyRequest, ListTargetsForPolicyResponse> ListTargetsForPolicy =
        new(OrganizationsOperations.ListTargetsForPolicy, s_json.ListTargetsForPolicyRequest, s_json.ListTargetsForPolicyResponse);

    public static readonly WireOperation<DescribeOrganizationalUnitRequest, DescribeOrganizationalUnitResponse> DescribeOrganizationalUnit =
        new(OrganizationsOperations.DescribeOrganizationalUnit, s_json.DescribeOrganizationalUnitRequest, s_json.DescribeOrganizationalUnitResponse);

    public static readonly WireOperation<DescribeAccountRequest, DescribeAccountResponse> DescribeAccount =
        new(OrganizationsOperations.DescribeAccount, s_json.DescribeAccountRequest, s_json.DescribeAccountResponse);

    public static readonly WireOperation<ListOrganizationalUnitsForParentRequest, ListOrganizationalUnitsForParentResponse> ListOrganizationalUnitsForParent =
        new(OrganizationsOperations.ListOrganizationalUnitsForParent, s_json.ListOrganizationalUnitsForParentRequest, s_json.ListOrganizationalUnitsForParentResponse);

    public static readonly WireOperation<ListAccountsForParentRequest, ListAccountsForParentResponse> ListAccountsForParent =
        new(OrganizationsOperations.ListAccountsForParent, s_json.ListAccountsForParentRequest, s_json.ListAccountsForParentResponse);

    public static readonly WireOperation<ListParentsRequest, ListParentsResponse> ListParents =
        new(OrganizationsOperations.ListParents, s_json.ListParentsRequest, s_json.ListParentsResponse);

    public static readonly WireOperation<ListAccountsWithInvalidEffectivePolicyRequest, ListAccountsWithInvalidEffectivePolicyResponse> ListAccountsWithInvalidEffectivePolicy =
        new(OrganizationsOperations.ListAccountsWithInvalidEffectivePolicy, s_json.ListAccountsWithInvalidEffectivePolicyRequest, s_json.ListAccountsWithInvalidEffectivePolicyResponse);

    public static readonly WireOperation<ListEffectivePolicyValidationErrorsRequest, ListEffectivePolicyValidationErrorsResponse> ListEffectivePolicyValidationErrors =
        new(OrganizationsOperations.ListEffectivePolicyValidationErrors, s_json.ListEffectivePolicyValidationErrorsRequest, s_json.ListEffectivePolicyValidationErrorsResponse);

    public static readonly WireOperation<CreatePolicyRequest, CreatePolicyResponse> CreatePolicy =
        new(OrganizationsOperations.CreatePolicy, s_json.CreatePolicyRequest, s_json.CreatePolicyResponse);

    public static readonly WireOperation<UpdatePolicyRequest, UpdatePolicyResponse> UpdatePolicy =
        new(OrganizationsOperations.UpdatePolicy, s_json.UpdatePolicyRequest, s_json.UpdatePolicyResponse);

    public static readonly WireOperation<AttachPolicyRequest, NoOutput> AttachPolicy =
        new(OrganizationsOperations.AttachPolicy, s_json.AttachPolicyRequest, s_json.NoOutput);

    public static readonly WireOperation<EnablePolicyTypeRequest, EnablePolicyTypeResponse> EnablePolicyType =
        new(OrganizationsOperations.EnablePolicyType, s_json.EnablePolicyTypeRequest, s_json.EnablePolicyTypeResponse);

    public static readonly WireOperation<TagResourceRequest, NoOutput> TagResource =
        new(OrganizationsOperations.TagResource, s_json.TagResourceRequest, s_json.NoOutput);

    public static readonly IReadOnlyList<IWireOperation> All =
    [
        ListRoots, ListPolicies, DescribePolicy, ListTagsForResource, ListTargetsForPolicy, DescribeOrganizationalUnit, DescribeAccount,
        ListOrganizationalUnitsForParent, ListAccountsForParent, ListParents, ListAccountsWithInvalidEffectivePolicy, ListEffectivePolicyValidationErrors,
        CreatePolicy, UpdatePolicy, AttachPolicy, EnablePolicyType, TagResource,
    ];
}
