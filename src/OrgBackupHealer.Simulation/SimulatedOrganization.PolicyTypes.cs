using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation;

/// <summary>
/// Enabling and disabling policy types is asynchronous in AWS: PENDING_ENABLE and PENDING_DISABLE, completed after
/// a number of reads or a delay on the options' clock. Every call settles what is due before it looks.
/// </summary>
public sealed partial class SimulatedOrganization
{
    private void BeginEnableLocked(string policyType)
    {
        if (_options.PendingEnableDelay is { } delay)
        {
            _rootPolicyTypes[policyType] = PolicyTypeStatus.PendingEnable;
            _pending[policyType] = new PendingChange(PolicyTypeStatus.Enabled, 0, _options.Clock.GetUtcNow() + delay);
        }
        else if (_options.PendingEnableReads == 0)
        {
            _rootPolicyTypes[policyType] = PolicyTypeStatus.Enabled;
        }
        else
        {
            _rootPolicyTypes[policyType] = PolicyTypeStatus.PendingEnable;
            _pending[policyType] = new PendingChange(PolicyTypeStatus.Enabled, _options.PendingEnableReads, null);
        }
    }

    private void BeginDisableLocked(string policyType)
    {
        _pending.Remove(policyType);
        if (_options.PendingDisableDelay is { } delay && delay > TimeSpan.Zero)
        {
            _rootPolicyTypes[policyType] = PolicyTypeStatus.PendingDisable;
            _pending[policyType] = new PendingChange(PolicyTypeStatus.PendingDisable, 0, _options.Clock.GetUtcNow() + delay);
        }
        else
        {
            CompleteDisableLocked(policyType);
        }
    }

    /// <summary>Like AWS, a completed disable detaches every policy of that type from every entity.</summary>
    private void CompleteDisableLocked(string policyType)
    {
        _rootPolicyTypes.Remove(policyType);
        foreach (var policy in _policies.Where(p => p.Type == policyType))
        {
            policy.TargetIds.Clear();
        }
    }

    /// <summary>A ListRoots read counts towards a read-based PENDING_ENABLE; the read after the last pending one shows ENABLED.</summary>
    private void CountPendingReadLocked()
    {
        foreach (var (type, change) in _pending.Where(p => p.Value.Until is null).ToList())
        {
            if (--change.ReadsLeft <= 0)
            {
                // Stryker disable once Statement : a change left behind would only set ENABLED again on later reads; every way out of ENABLED (BeginDisableLocked, EnablePolicyTypeImmediately) drops it first.
                _pending.Remove(type);
                _rootPolicyTypes[type] = PolicyTypeStatus.Enabled;
            }
        }
    }

    private void SettlePendingLocked()
    {
        var now = _options.Clock.GetUtcNow();
        foreach (var (type, change) in _pending.Where(p => p.Value.Until is { } until && until <= now).ToList())
        {
            _pending.Remove(type);
            if (change.Status == PolicyTypeStatus.Enabled)
            {
                _rootPolicyTypes[type] = PolicyTypeStatus.Enabled;
            }
            else
            {
                CompleteDisableLocked(type);
            }
        }
    }
}
