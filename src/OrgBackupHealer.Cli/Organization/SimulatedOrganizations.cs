using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Resilience;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Organization;

/// <summary>The in-memory organization behind --simulate and the demo, wired the way the healer uses it.</summary>
internal static class SimulatedOrganizations
{
    /// <summary>The simulation turns PENDING_ENABLE into ENABLED after two reads; polling it fast keeps the demo snappy.</summary>
    public static ReconcilerOptions ReconcilerOptions { get; } = new()
    {
        EnablePollInitialDelay = TimeSpan.FromMilliseconds(10),
        EnablePollMaxDelay = TimeSpan.FromMilliseconds(50),
    };

    /// <summary>
    /// A healthy organization for every entry of <paramref name="set"/>: each policy tagged as its entry and attached to
    /// those of its targets ("root", names or ids of the sample organization, whose ids come from a fixed seed) the
    /// organization has. A target it lacks stays unattached, and plan reports it as unknown, as it would for AWS.
    /// </summary>
    public static SimulatedOrganization CreateHealthy(PolicySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var first = set.Entries[0];
        var organization = SimulatedOrganization.CreateHealthy(first.Document.Content, [], policyName: first.PolicyName, identity: first.Identity);
        foreach (var entry in set.Entries)
        {
            var policyId = organization.FindPolicyId(entry.PolicyName)
                ?? organization.CreatePolicy(Core.Organizations.PolicyTypes.BackupPolicy, entry.PolicyName, entry.Document.Content, entry.Description, entry.Identity.Tags);
            foreach (var target in entry.TargetIds.Select(t => IdOf(organization, t)).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                organization.AttachPolicy(policyId, target);
            }
        }

        return organization;
    }

    /// <summary>--break detached detaches from the first target the organization has besides the root, else from the root.</summary>
    public static string DetachTarget(SimulatedOrganization organization, IReadOnlyList<string> targets)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(targets);
        return targets.Where(t => t != DesiredState.RootTarget).Select(t => IdOf(organization, t)).OfType<string>().FirstOrDefault() ?? organization.RootId;
    }

    private static string? IdOf(SimulatedOrganization organization, string target)
    {
        try
        {
            return organization.TargetIdOf(target);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Wraps the simulation in the one retry policy, as the real client is wrapped. Tests that let a simulated
    /// organization stand in for AWS pass <paramref name="standInEndpoint"/>: the session then reports that endpoint and
    /// is not marked simulated, exactly as a session with AWS would be.
    /// </summary>
    public static OrganizationSession Open(
        SimulatedOrganization organization, TimeProvider time, RetryOptions retry, Action<RetryNotice>? onRetry = null, string? standInEndpoint = null) =>
        new(new RetryingOrganizationsPort(organization, time, retry, Random.Shared, onRetry),
            standInEndpoint ?? OrganizationSession.SimulatedEndpoint,
            ReconcilerOptions,
            simulated: standInEndpoint is null);
}
