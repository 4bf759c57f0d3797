using System.Runtime.ExceptionServices;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// The three templates rehearsed once, one after another on one moto_server, with every optional part switched on
/// (forwarding, an alarm e-mail) so that every resource is attempted. A rehearsal that fails fails only the tests of
/// its template.
/// </summary>
public sealed class DeployRehearsals : IAsyncLifetime
{
    public const string HealerStack = "org-backup-healer";
    public const string OrganizationId = "o-a1b2c3d4e5";
    public const string CentralBusArn = "arn:aws:events:us-east-1:111111111111:event-bus/org-backup-healer-signals";
    public const string HealerRoleArn = "arn:aws:iam::111111111111:role/org-backup-healer-HealerFunctionRole-EXAMPLE";
    public const string AlarmTopicArn = "arn:aws:sns:us-east-1:111111111111:org-backup-healer-AlarmTopic-EXAMPLE";

    private static readonly Dictionary<string, (string StackName, Dictionary<string, string> Parameters)> s_rehearsals = new(StringComparer.Ordinal)
    {
        [SignalRules.HealerTemplate] = (HealerStack, new()
        {
            ["OrganizationId"] = OrganizationId,
            ["OrgSignalForwarding"] = "enabled",
            ["ForwarderOrganizationalUnitIds"] = "r-ab12,ou-ab12-cdef3456",
            ["AlarmEmail"] = "platform-oncall@example.com",
        }),
        [SignalRules.ForwarderTemplate] = ("StackSet-org-backup-healer-signal-forwarder", new()
        {
            ["CentralEventBusArn"] = CentralBusArn,
            ["HealerRoleArn"] = HealerRoleArn,
            ["AlarmTopicArn"] = AlarmTopicArn,
        }),
        [DelegatedAdminPolicy.Template] = ("org-backup-healer-delegation", new()
        {
            ["HealerAccountId"] = "333333333333",
            ["OrganizationId"] = OrganizationId,
        }),
    };

    private readonly Dictionary<string, RehearsalResult> _results = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExceptionDispatchInfo> _failures = new(StringComparer.Ordinal);

    internal RehearsalResult For(string template)
    {
        _failures.GetValueOrDefault(template)?.Throw();
        return _results.TryGetValue(template, out var result) ? result : throw new InvalidOperationException($"{template} was not rehearsed");
    }

    public async Task InitializeAsync()
    {
        await using var moto = await MotoServer.StartAsync();
        foreach (var (template, (stackName, parameters)) in s_rehearsals)
        {
            try
            {
                _results[template] = await DeployRehearsal.RunAsync(moto, template, stackName, parameters);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                _failures[template] = ExceptionDispatchInfo.Capture(failure);
            }
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
