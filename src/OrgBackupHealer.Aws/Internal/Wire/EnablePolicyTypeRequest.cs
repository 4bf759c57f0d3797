namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record EnablePolicyTypeRequest(string RootId, string PolicyType);
