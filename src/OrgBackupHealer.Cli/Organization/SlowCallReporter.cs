using System.Globalization;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Cli.Organization;

/// <summary>
/// Says so on stderr, every <see cref="Interval"/>, while a call to Organizations is still unanswered: between the
/// per-attempt timeout and the retry lines, a slow endpoint never leaves the terminal silent for long. It sits below
/// the retry policy, so each attempt is watched on its own.
/// </summary>
internal sealed class SlowCallReporter(IOrganizationsPort inner, TimeProvider time, TextWriter progress, string endpoint)
    : OrganizationsPortDecorator(inner)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private readonly Lock _gate = new();

    protected override async Task<T> InvokeAsync<T>(string operation, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        var started = time.GetTimestamp();
        using var timer = time.CreateTimer(_ => Report(operation, started), null, Interval, Interval);
        return await send(cancellationToken).ConfigureAwait(false);
    }

    private void Report(string operation, long started)
    {
        var waited = time.GetElapsedTime(started);
        lock (_gate)
        {
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{operation}: still waiting for {endpoint} after {waited.TotalSeconds:0} s…"));
            progress.Flush();
        }
    }
}
