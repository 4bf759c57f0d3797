using OrgBackupHealer.Aws.Internal.Wire;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>Every operation the client can send. Adding a call here is the only way to reach the wire.</summary>
internal static class WireOperations
{
    private static readonly OrganizationsJsonContext s_json = OrganizationsJsonContext.Default;

    public static readonly WireOperation<ListRootsRequest, ListRootsResponse> ListRoots =
        new("ListRoots", s_json.ListRootsRequest, s_json.ListRootsResponse);

    public static readonly WireOperation<ListPoliciesRequest, ListPoliciesResponse> ListPolicies =
        new("ListPolicies", s_json.ListPoliciesRequest, s_json.ListPoliciesResponse);

    public static readonly WireOperation<DescribePolicyRequest, DescribePolicyResponse> DescribePolicy =
        new("DescribePolicy", s_json.DescribePolicyRequest, s_json.DescribePolicyResponse);

    public static readonly WireOperation<CreatePolicyRequest, CreatePolicyResponse> CreatePolicy =
        new("CreatePolicy", s_json.CreatePolicyRequest, s_json.CreatePolicyResponse);

    public static readonly WireOperation<UpdatePolicyRequest, UpdatePolicyResponse> UpdatePolicy =
        new("UpdatePolicy", s_json.UpdatePolicyRequest, s_json.UpdatePolicyResponse);

    public static readonly WireOperation<ListTargetsForPolicyRequest, ListTargetsForPolicyResponse> ListTargetsForPolicy =
        new("ListTargetsForPolicy", s_json.ListTargetsForPolicyRequest, s_json.ListTargetsForPolicyResponse);

    public static readonly WireOperation<AttachPolicyRequest, NoOutput> AttachPolicy =
        new("AttachPolicy", s_json.AttachPolicyRequest, s_json.NoOutput);

    public static readonly WireOperation<EnablePolicyTypeRequest, EnablePolicyTypeResponse> EnablePolicyType =
        new("EnablePolicyType", s_json.EnablePolicyTypeRequest, s_json.EnablePolicyTypeResponse);

    public static readonly IReadOnlyList<IWireOperation> All =
    [
        ListRoots, ListPolicies, DescribePolicy, CreatePolicy, UpdatePolicy, ListTargetsForPolicy, AttachPolicy, EnablePolicyType,
    ];
}
