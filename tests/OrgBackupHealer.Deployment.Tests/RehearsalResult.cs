using System.Text.Json.Nodes;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>What tests/tools/deploy_rehearsal.py reports of one template created in moto's CloudFormation.</summary>
internal sealed class RehearsalResult(JsonObject report)
{
    public string Status => report["status"]!.GetValue<string>();

    public string Transcript => report.ToJsonString();

    public IReadOnlyDictionary<string, string?> Outputs =>
        report["outputs"]!.AsObject().ToDictionary(o => o.Key, o => o.Value?.GetValue<string>(), StringComparer.Ordinal);

    public IEnumerable<string> TemplateOutputs => report["templateOutputs"]!.AsArray().Select(key => key!.GetValue<string>());

    public IEnumerable<JsonObject> Created => report["created"]!.AsArray().Select(r => r!.AsObject());

    public IEnumerable<JsonObject> NotCreated => report["notCreated"]!.AsArray().Select(r => r!.AsObject());

    /// <summary>Each AWS::Events::Rule the stack created: logicalId, bus, name, expected and deployed (state, pattern, targets).</summary>
    public IEnumerable<JsonObject> Rules => report["rules"]!.AsArray().Select(r => r!.AsObject());

    /// <summary>Each AWS::SQS::Queue the stack created, by logical id, with its attributes as moto's SQS reports them.</summary>
    public IReadOnlyDictionary<string, JsonObject> Queues =>
        report["queues"]!.AsObject().ToDictionary(q => q.Key, q => q.Value!.AsObject(), StringComparer.Ordinal);

    /// <summary>Each AWS::Lambda::EventSourceMapping the stack created, as moto's Lambda reports it (with its logicalId).</summary>
    public IEnumerable<JsonObject> EventSourceMappings => report["eventSourceMappings"]!.AsArray().Select(m => m!.AsObject());

    /// <summary>Each AWS::SSM::Document the stack created, by logical id, as moto's SSM describes it, its content under "content".</summary>
    public IReadOnlyDictionary<string, JsonObject> Documents =>
        (report["documents"]?.AsObject() ?? []).ToDictionary(d => d.Key, d => d.Value!.AsObject(), StringComparer.Ordinal);

    public JsonObject Rule(string logicalId) =>
        Rules.SingleOrDefault(r => r["logicalId"]!.GetValue<string>() == logicalId)
            ?? throw new InvalidOperationException($"The rehearsal created no rule {logicalId}: {Transcript}");
}
