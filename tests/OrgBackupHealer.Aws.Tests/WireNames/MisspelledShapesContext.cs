using System.Text.Json.Serialization;

namespace OrgBackupHealer.Aws.Tests.WireNames;

/// <summary>Shapes with wrong wire names, to prove the checker catches them.</summary>
[JsonSerializable(typeof(MisspelledDescribePolicyRequest))]
[JsonSerializable(typeof(MistypedListPoliciesRequest))]
internal sealed partial class MisspelledShapesContext : JsonSerializerContext;
