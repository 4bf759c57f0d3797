using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Resilience;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Aws.Tests.Healing;

/// <summary>
/// A reconciler wired as the hosts wire it (the real client inside the one retry policy) against a fresh moto
/// organization, plus the set-up calls people and other tools make: OUs, accounts, foreign policies, renames.
/// </summary>
internal sealed class MotoHealingRig : IDisposable
{
    public const string Content = """{"plans":{"baseline":{"regions":{"@@assign":["us-east-1"]},"rules":{"daily":{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"},"target_backup_vault_name":{"@@assign":"Default"}}},"selections":{"tags":{"all":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/Backup"},"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["true"]}}}}}}}""";

    private readonly OrganizationsClient _client;

    private MotoHealingRig(MotoAdmin admin, OrganizationsClient client, string rootId)
    {
        Admin = admin;
        _client = client;
        RootId = rootId;
        var time = new ImmediateTimeProvider();
        Reconciler = new Reconciler(new RetryingOrganizationsPort(client, time, new RetryOptions(), new Random(7)), new NoMetrics(), new NoSnapshots(), time);
    }

    public MotoAdmin Admin { get; }

    public string RootId { get; }

    public Reconciler Reconciler { get; }

    public static async Task<MotoHealingRig> StartAsync(MotoServer server)
    {
        await server.ResetAsync();
        var admin = new MotoAdmin(server);
        var rootId = await admin.CreateOrganizationAsync();
        var environment = server.ClientEnvironment;
        var client = OrganizationsClientFactory.Create(new OrganizationsClientOptions { EnvironmentVariables = environment.GetValueOrDefault });
        return new MotoHealingRig(admin, client, rootId);
    }

    public static DesiredState Desired(params string[] targets) =>
        DesiredState.For(HealerDefaults.PolicyName, PolicyDocument.Parse(Content), targets, HealerMode.Enforce);

    public Task<ReconcileResult> ReconcileAsync(DesiredState desired) => Reconciler.ReconcileAsync(desired, "moto", CancellationToken.None);

    public async Task<string> CreateOrganizationalUnitAsync(string name) =>
        (await Admin.CallAsync("CreateOrganizationalUnit", new JsonObject { ["ParentId"] = RootId, ["Name"] = name }))["OrganizationalUnit"]!["Id"]!.GetValue<string>();

    public async Task<string> CreateAccountAsync(string name)
    {
        var status = await Admin.CallAsync("CreateAccount", new JsonObject { ["AccountName"] = name, ["Email"] = $"{name}@example.com" });
        return status["CreateAccountStatus"]!["AccountId"]!.GetValue<string>();
    }

    public async Task<string> CreateForeignBackupPolicyAsync(string name, string content)
    {
        var created = await Admin.CallAsync("CreatePolicy", new JsonObject
        {
            ["Name"] = name, ["Description"] = "owned by another team", ["Type"] = "BACKUP_POLICY", ["Content"] = content,
        });
        return created["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>();
    }

    public Task AttachAsync(string policyId, string targetId) =>
        Admin.CallAsync("AttachPolicy", new JsonObject { ["PolicyId"] = policyId, ["TargetId"] = targetId });

    public Task DetachAsync(string policyId, string targetId) =>
        Admin.CallAsync("DetachPolicy", new JsonObject { ["PolicyId"] = policyId, ["TargetId"] = targetId });

    public Task<JsonNode> DescribePolicyAsync(string policyId) => Admin.CallAsync("DescribePolicy", new JsonObject { ["PolicyId"] = policyId });

    public async Task<List<string>> TargetsOfAsync(string policyId) =>
        [.. (await Admin.CallAsync("ListTargetsForPolicy", new JsonObject { ["PolicyId"] = policyId }))["Targets"]!.AsArray().Select(t => t!["TargetId"]!.GetValue<string>())];

    public void Dispose()
    {
        _client.Dispose();
        Admin.Dispose();
    }

    private sealed class NoMetrics : IReconcileMetrics
    {
        public void AutoFix(FixType fixType, string policy)
        {
        }

        public void DriftDetected(FixType fixType, string policy)
        {
        }

        public void HealingRun(IReadOnlyList<string> policies)
        {
        }

        public void TargetUnreachable(string reason, string policy)
        {
        }
    }

    private sealed class NoSnapshots : ISnapshotSink
    {
        public Task<SnapshotReceipt> SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken) =>
            Task.FromResult(new SnapshotReceipt("discarded", Reused: false));
    }
}
