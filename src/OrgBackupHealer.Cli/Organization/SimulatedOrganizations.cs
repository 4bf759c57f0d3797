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

    /// <summary>A healthy organization with <paramref name="content"/> attached to <paramref name="targets"/> ("root" or ids of the sample organization).</summary>
    public static SimulatedOrganization CreateHealthy(string content, IReadOnlyList<string> targets, string policyName)
    {
        try
        {
            return SimulatedOrganization.CreateHealthy(content, targets, policyName: policyName);
        }
        catch (KeyNotFoundException)
        {
            var known = SimulatedOrganization.CreateHealthy(content, policyName: policyName).OrganizationalUnitAndAccountIds();
            throw new CliException(
                $"a --target does not exist in the simulated organization ({string.Join(", ", targets)}); use root or one of: {string.Join(", ", known)}.");
        }
    }

    /// <summary>Wraps the simulation in the one retry policy, as the real client is wrapped.</summary>
    public static OrganizationSession Open(SimulatedOrganization organization, TimeProvider time) =>
        new(new RetryingOrganizationsPort(organization, time, new RetryOptions(), Random.Shared),
            $"simulated organization {organization.OrganizationId} (root {organization.RootId})",
            ReconcilerOptions,
            simulated: true);
}
