namespace OrgBackupHealer.Storage.Tests;

[CollectionDefinition(Name)]
public sealed class MotoStorageGroup : ICollectionFixture<MotoStorageFixture>
{
    public const string Name = "moto";
}
