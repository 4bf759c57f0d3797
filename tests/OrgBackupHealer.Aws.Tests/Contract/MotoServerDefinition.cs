using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Aws.Tests.Contract;

/// <summary>Tests that share one moto_server (started once, killed after the last of them).</summary>
[CollectionDefinition(Name)]
public sealed class MotoServerDefinition : ICollectionFixture<MotoServerFixture>
{
    public const string Name = "moto";
}
