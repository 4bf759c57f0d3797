namespace OrgBackupHealer.Core.Inheritance;

/// <summary>How an account's effective policy differs from the baseline at one key.</summary>
internal enum DeviationKind
{
    /// <summary>A different value: a narrower region list, a shorter retention, another vault.</summary>
    Changed,

    /// <summary>The key is not in effect at all.</summary>
    Removed,

    /// <summary>A multi-valued setting holds every baseline value and more (a child's <c>@@append</c>); nothing the baseline asked for is lost.</summary>
    Extended,

    /// <summary>A key inside a baseline plan that the baseline does not define, such as another rule or a copy action.</summary>
    Added,
}
