using System.Text.Json.Serialization.Metadata;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>One JSON 1.1 operation: its name (the X-Amz-Target suffix) and the generated metadata of its shapes.</summary>
internal sealed record WireOperation<TRequest, TResponse>(string Name, JsonTypeInfo<TRequest> Request, JsonTypeInfo<TResponse> Response)
    : IWireOperation
{
    JsonTypeInfo IWireOperation.RequestInfo => Request;

    JsonTypeInfo IWireOperation.ResponseInfo => Response;
}

/// <summary>An operation seen without its generic shapes, so the full set can be listed and checked against the model.</summary>
internal interface IWireOperation
{
    string Name { get; }

    JsonTypeInfo RequestInfo { get; }

    JsonTypeInfo ResponseInfo { get; }
}
