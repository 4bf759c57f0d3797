using Xunit;

namespace OrgBackupHealer.Testing;

/// <summary>
/// One moto_server per test collection: declare <c>[CollectionDefinition(...)] class X : ICollectionFixture&lt;MotoServerFixture&gt;</c>
/// in the test project. xunit disposes it after the collection whatever the outcome, which kills the server.
/// If python3 or moto is missing, every test of the collection fails with <see cref="MotoUnavailableException"/>'s message.
/// </summary>
public sealed class MotoServerFixture : IAsyncLifetime
{
    private MotoServer? _server;

    public MotoServer Server => _server ?? throw new InvalidOperationException("The moto fixture has not started.");

    public async Task InitializeAsync() => _server = await MotoServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
