namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>How the healer knows a policy is an entry's own; never by name alone.</summary>
public enum PolicyIdentification
{
    /// <summary>It carries the entry's tags: managed-by, this deployment's owner and the entry's key.</summary>
    Tagged,

    /// <summary>
    /// Its id was learnt from an earlier reconcile of this process (found by its tags or created by the healer); its
    /// tags are read again before the first write of a run, so a policy whose tags were removed is never written.
    /// </summary>
    KnownId,

    /// <summary>The operator named it with the entry's adopt / --adopt-policy-id; the healer tags it first.</summary>
    Adopted,

    /// <summary>
    /// The single-policy configuration found the one policy an earlier version tagged with the constant tag alone, under
    /// the entry's name; the healer adds the owner and key tags, nothing else.
    /// </summary>
    LegacyUpgrade,

    /// <summary>The healer has just created it.</summary>
    Created,
}
