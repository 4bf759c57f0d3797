using System.Text.Json;
using CsCheck;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Tests.Events;

namespace OrgBackupHealer.Function.Tests;

public sealed class BadInputLoopTests : IDisposable
{
    private readonly HostHarness _harness = new();

    [Fact]
    public async Task AnswersEveryGeneratedBadInputAndWritesOnlyForEventsThatReconcile()
    {
        var classifier = new EventClassifier("org-backup-healer-never-matches", healerRole: null);
        _harness.Start();
        var requests = 0;

        await BadEventCorpus.All.SampleAsync(async body =>
        {
            _harness.Organization.Detach();
            var writesBefore = _harness.Organization.Writes;
            var invalid = classifier.Classify(body).Kind == EventKind.Invalid;

            var call = await _harness.InvokeAsync($"req-{++requests}", body);

            Assert.Equal("response", call.Kind);
            var outcome = JsonDocument.Parse(call.Body).RootElement.GetProperty("outcome").GetString();
            if (invalid || outcome == "ignored")
            {
                Assert.Equal("ignored", outcome);
                Assert.Equal(writesBefore, _harness.Organization.Writes);
            }
        }, iter: 150, threads: 1);

        Assert.True(_harness.Metrics("EventsIgnored").Count > 100);
        await _harness.StopAsync();
    }

    public void Dispose() => _harness.Dispose();
}
