using System.Text.Json.Serialization.Metadata;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>An operation seen without its generic shapes, so the full set can be listed and checked against the model.</summary>
internal interface IWireOperation
{
    string Name { get; }

    JsonTypeInfo RequestInfo { get; }

    JsonTypeInfo ResponseInfo { get; }
}
