namespace OrgBackupHealer.Testing.Contract;

/// <summary>The AWS behaviours an implementation of the port reproduces or not.</summary>
/// <param name="RejectsDuplicateAttachment">AttachPolicy on an existing attachment fails with DuplicatePolicyAttachmentException.</param>
public sealed record ServiceFidelity(bool RejectsDuplicateAttachment)
{
    /// <summary>AWS Organizations itself, and implementations that model it faithfully (the simulated organization).</summary>
    public static ServiceFidelity Aws { get; } = new(RejectsDuplicateAttachment: true);

    /// <summary>
    /// moto 5.2.1. This is the one place the suite records where moto differs from AWS. Each AWS behaviour moto
    /// lacks is proved instead against stubbed, AWS-shaped HTTP answers (tests/OrgBackupHealer.Aws.Tests, the
    /// OrganizationsClient*Tests classes):
    /// <list type="bullet">
    /// <item>accepts a duplicate attachment silently (AWS: 400 DuplicatePolicyAttachmentException);</item>
    /// <item>never throttles (AWS: 400 TooManyRequestsException), never answers ConcurrentModificationException,
    /// PolicyChangesInProgressException or 5xx, so retries are only exercised by the stubs;</item>
    /// <item>enables a policy type at once (AWS may answer PENDING_ENABLE first);</item>
    /// <item>attaches a policy whose type is not enabled on the root (AWS: PolicyTypeNotEnabledException);</item>
    /// <item>does not validate policy content (AWS: MalformedPolicyDocumentException);</item>
    /// <item>rejects CreatePolicy for BACKUP_POLICY (no ARN format), which tests/tools/moto_server.py patches.</item>
    /// </list>
    /// </summary>
    public static ServiceFidelity Moto { get; } = new(RejectsDuplicateAttachment: false);
}
