using CsCheck;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Tests.Events;
using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// 10,000 generated malformed or mutated events (random bytes, truncated, byte-mutated and type-swapped fixtures,
/// wrong top-level types, bodies up to 6 MB) through the loop and the handler. A mutation can leave an event
/// readable (say, a swapped value the classifier never looks at): those are real signals and may reconcile, but
/// the organization is healthy, so nothing may ever be written.
/// </summary>
public sealed class BadInputLoopTests
{
    private static readonly string[] s_reasons = ["self", "invalid", "unrelated", "coalesced", "duplicate"];

    [Fact]
    public async Task AnswersEveryBadEventWithoutWritingAndCountsEachIgnoredOneWithAReason()
    {
        var organization = SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy);
        // The coverage check a scheduled-looking mutation would start is not what this test counts.
        using var rig = new LoopRig(organization, new Dictionary<string, string> { [EnvironmentVariables.CoverageShare] = "0" });
        var classifier = new EventClassifier(HealerDefaults.PolicyName, null);
        int events = 0, ignored = 0, invalid = 0, reconciled = 0;

        await BadEventCorpus.All.SampleAsync(async body =>
        {
            var expectInvalid = classifier.Classify(body).Kind == EventKind.Invalid;

            var answer = await rig.InvokeAsync(body);

            events++;
            Assert.Equal("response", answer.Kind);
            if (answer.Outcome == "ignored")
            {
                var reason = Assert.Single(answer.IgnoredReasons);
                Assert.Contains(reason, s_reasons);
                Assert.Equal(reason, answer.Body.GetProperty("ignoredReason").GetString());
                ignored++;
            }
            else
            {
                Assert.Equal("healthy", answer.Outcome);
                Assert.Empty(answer.IgnoredReasons);
                reconciled++;
            }

            if (expectInvalid)
            {
                Assert.Equal(["invalid"], answer.IgnoredReasons);
                invalid++;
            }
        }, iter: 10_000, threads: 1);

        Assert.Equal(10_000, events);
        Assert.Equal(events, ignored + reconciled);
        Assert.True(invalid > events / 2, $"only {invalid} of {events} generated events were invalid");
        Assert.Equal(0, organization.TotalWrites);
        // The first reconcile finds the managed policy by its tag (5 reads); the warm ones after it start from its id (3).
        Assert.Equal(reconciled == 0 ? 0 : 5 + ((reconciled - 1) * 3), organization.TotalCalls);
    }
}
