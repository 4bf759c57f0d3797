namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record EnablePolicyTypeResponse(WireRoot? Root);
