using System.Net;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Aws.Tests.Stubs;

/// <summary>An endpoint over real HTTP that answers every request with a 307 to another path, and counts the requests.</summary>
internal sealed class RedirectingEndpoint : IDisposable
{
    private readonly LoopbackHttpServer _server;
    private int _requests;

    public RedirectingEndpoint()
    {
        _server = new LoopbackHttpServer((context, _) =>
        {
            Interlocked.Increment(ref _requests);
            context.Response.StatusCode = (int)HttpStatusCode.TemporaryRedirect;
            context.Response.RedirectLocation = new Uri(context.Request.Url!, "/elsewhere").ToString();
            context.Response.Close();
            return Task.CompletedTask;
        });
    }

    public Uri Url => _server.Url;

    public int Requests => Volatile.Read(ref _requests);

    public void Dispose() => _server.Dispose();
}
