namespace OrgBackupHealer.Aws.Tests.WireNames;

/// <summary>"PolicyID" where the model says "PolicyId".</summary>
internal sealed record MisspelledDescribePolicyRequest(string PolicyID);
