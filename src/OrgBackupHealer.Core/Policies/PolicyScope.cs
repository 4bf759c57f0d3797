namespace OrgBackupHealer.Core.Policies;

/// <summary>What a policy document is meant to be, which decides the questions its validation answers.</summary>
public enum PolicyScope
{
    /// <summary>
    /// The whole plan, as nothing above it adds anything (the healer's baseline): (a) would AWS accept the document,
    /// and (b) is every plan complete, with every element the page marks required.
    /// </summary>
    Standalone,

    /// <summary>
    /// A child policy merged under a parent, holding only what it changes: question (a) only; completeness is a
    /// question for the merge (<see cref="PlanCompleteness"/>).
    /// </summary>
    Partial,
}
