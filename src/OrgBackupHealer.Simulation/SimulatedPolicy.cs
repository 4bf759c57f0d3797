namespace OrgBackupHealer.Simulation;

/// <summary>Mutable state of one policy inside the simulated organization; always used under its lock.</summary>
internal sealed class SimulatedPolicy(string id, string arn, string name, string type, bool awsManaged)
{
    public string Id { get; } = id;

    public string Arn { get; } = arn;

    public string Name { get; set; } = name;

    public string Type { get; } = type;

    public bool AwsManaged { get; } = awsManaged;

    public required string Description { get; set; }

    public required string Content { get; set; }

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>Target ids in the order they were attached (ListTargetsForPolicy answers in that order).</summary>
    public List<string> TargetIds { get; } = [];
}
