using System.Text.Json.Serialization;
using OrgBackupHealer.Aws.Internal.Events;
using OrgBackupHealer.Aws.Internal.Wire;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>
/// The assembly's only System.Text.Json context (source generated, so trimming and Native AOT keep every shape):
/// the Organizations operations, and EventBridge's PutEvents for the incident sink. Property names are the C# names,
/// which are spelled exactly as the service models' members; absent optional members are omitted rather than sent as
/// null, as the AWS SDKs do.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ListRootsRequest))]
[JsonSerializable(typeof(ListRootsResponse))]
[JsonSerializable(typeof(EnablePolicyTypeRequest))]
[JsonSerializable(typeof(EnablePolicyTypeResponse))]
[JsonSerializable(typeof(ListPoliciesRequest))]
[JsonSerializable(typeof(ListPoliciesResponse))]
[JsonSerializable(typeof(DescribePolicyRequest))]
[JsonSerializable(typeof(DescribePolicyResponse))]
[JsonSerializable(typeof(CreatePolicyRequest))]
[JsonSerializable(typeof(CreatePolicyResponse))]
[JsonSerializable(typeof(UpdatePolicyRequest))]
[JsonSerializable(typeof(UpdatePolicyResponse))]
[JsonSerializable(typeof(ListTagsForResourceRequest))]
[JsonSerializable(typeof(ListTagsForResourceResponse))]
[JsonSerializable(typeof(TagResourceRequest))]
[JsonSerializable(typeof(ListTargetsForPolicyRequest))]
[JsonSerializable(typeof(ListTargetsForPolicyResponse))]
[JsonSerializable(typeof(AttachPolicyRequest))]
[JsonSerializable(typeof(DescribeOrganizationalUnitRequest))]
[JsonSerializable(typeof(DescribeOrganizationalUnitResponse))]
[JsonSerializable(typeof(DescribeAccountRequest))]
[JsonSerializable(typeof(DescribeAccountResponse))]
[JsonSerializable(typeof(ListOrganizationalUnitsForParentRequest))]
[JsonSerializable(typeof(ListOrganizationalUnitsForParentResponse))]
[JsonSerializable(typeof(ListAccountsForParentRequest))]
[JsonSerializable(typeof(ListAccountsForParentResponse))]
[JsonSerializable(typeof(ListParentsRequest))]
[JsonSerializable(typeof(ListParentsResponse))]
[JsonSerializable(typeof(ListAccountsWithInvalidEffectivePolicyRequest))]
[JsonSerializable(typeof(ListAccountsWithInvalidEffectivePolicyResponse))]
[JsonSerializable(typeof(ListEffectivePolicyValidationErrorsRequest))]
[JsonSerializable(typeof(ListEffectivePolicyValidationErrorsResponse))]
[JsonSerializable(typeof(NoOutput))]
[JsonSerializable(typeof(PutEventsRequest))]
[JsonSerializable(typeof(PutEventsResponse))]
internal sealed partial class OrganizationsJsonContext : JsonSerializerContext;
