using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Moto;

/// <summary>The CLI tests that talk to one shared moto_server through the real Organizations client.</summary>
[CollectionDefinition(Name)]
public sealed class MotoServerDefinition : ICollectionFixture<MotoServerFixture>
{
    public const string Name = "moto";
}
