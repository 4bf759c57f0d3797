namespace OrgBackupHealer.Core.Inheritance.Internal;

internal enum MergeNodeKind
{
    /// <summary>Only a child restriction so far, no value and no keys.</summary>
    Unset,
    Container,
    Setting,
}
