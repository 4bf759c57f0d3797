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
    /// A healthy organization with <paramref name="content"/> attached to those of <paramref name="targets"/> ("root",
    /// names or ids of the sample organization, whose ids come from a fixed seed) it has. A target it lacks stays
    /// unattached, and plan reports it as unknown, as it would for AWS.
    /// </summary>
    public static SimulatedOrganization CreateHealthy(string content, IReadOnlyList<string> targets, string policyName)
    {
        var organization = SimulatedOrganization.CreateHealthy(content, [], policyName: policyName);
        var policyId = organization.FindPolicyId(policyName)!;
        foreach (var target in targets.Select(t => IdOf(organization, t)).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            organization.AttachPolicy(policyId, target);
        }

        return organization;
    }

    /// <summary>--break detached detaches from the first target the organization has besides the root, else from the root.</summary>
    public static string DetachTarget(SimulatedOrganization organization, IReadOnlyList<string> targets)
    {
        ArgumentNullException.ThrowIfNull(organization);
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
