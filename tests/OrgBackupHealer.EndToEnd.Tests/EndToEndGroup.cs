using OrgBackupHealer.Testing;

namespace OrgBackupHealer.EndToEnd.Tests;

/// <summary>One published bootstrap and one moto_server for all end-to-end tests, which run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndGroup : ICollectionFixture<PublishedBootstrap>, ICollectionFixture<MotoServerFixture>
{
    public const string Name = "end-to-end";
}
