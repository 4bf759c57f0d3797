using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Storage.Internal;

/// <summary>The state item as read: its state (empty when <see cref="Problem"/> says why it could not be read) and how to write the next one.</summary>
internal sealed record StateItemReading(HealerState State, StateWriteGuard Guard, string? Problem);
