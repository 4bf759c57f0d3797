namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>How the healer knows a policy is its own; never by name alone.</summary>
public enum PolicyIdentification
{
    /// <summary>It carries the healer's managed tag.</summary>
    Tagged,

    /// <summary>Its id was learnt from an earlier reconcile of this process (found by tag or created by the healer).</summary>
    KnownId,

    /// <summary>The operator named it with AdoptPolicyId / --adopt-policy-id.</summary>
    Adopted,

    /// <summary>The healer has just created it.</summary>
    Created,
}
