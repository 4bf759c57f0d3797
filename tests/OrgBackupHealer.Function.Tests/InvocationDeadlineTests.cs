using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Function.Runtime;

namespace OrgBackupHealer.Function.Tests;

public sealed class InvocationDeadlineTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CancelsAtTheDeadlineMinusTheSafetyMarginAndNotBefore()
    {
        var time = new FakeTimeProvider(s_now);
        using var deadline = new InvocationDeadline(s_now.AddSeconds(10), TimeSpan.FromSeconds(1), time, CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(8.9));
        Assert.False(deadline.Token.IsCancellationRequested);
        time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.True(deadline.Token.IsCancellationRequested);
    }

    [Fact]
    public void NeverCancelsAnInvocationWithoutADeadline()
    {
        var time = new FakeTimeProvider(s_now);
        using var deadline = new InvocationDeadline(null, TimeSpan.FromSeconds(1), time, CancellationToken.None);

        time.Advance(TimeSpan.FromDays(1));

        Assert.False(deadline.Token.IsCancellationRequested);
    }

    [Fact]
    public void CancelsWhenTheLoopIsStopped()
    {
        using var stop = new CancellationTokenSource();
        using var deadline = new InvocationDeadline(null, TimeSpan.FromSeconds(1), new FakeTimeProvider(s_now), stop.Token);

        stop.Cancel();

        Assert.True(deadline.Token.IsCancellationRequested);
    }

    [Fact]
    public void HasNoTokenOnceDisposed()
    {
        var deadline = new InvocationDeadline(s_now.AddSeconds(10), TimeSpan.FromSeconds(1), new FakeTimeProvider(s_now), CancellationToken.None);

        deadline.Dispose();

        Assert.Throws<ObjectDisposedException>(() => deadline.Token);
    }
}
