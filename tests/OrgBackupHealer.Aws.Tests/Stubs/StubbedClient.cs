using Amazon.Runtime;

namespace OrgBackupHealer.Aws.Tests.Stubs;

/// <summary>A real client whose transport is a stub: signing, retries and parsing all run, the network does not.</summary>
internal static class StubbedClient
{
    public const string AccessKey = "AKIDEXAMPLE";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    /// <summary>Fast backoff so retry tests do not wait; nothing from the machine's environment or ~/.aws.</summary>
    public static OrganizationsClientOptions Options => new()
    {
        Credentials = new BasicAWSCredentials(AccessKey, SecretKey),
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(5),
        EnvironmentVariables = _ => null,
    };

    public static OrganizationsClient Create(StubAwsHandler handler, OrganizationsClientOptions? options = null) =>
        OrganizationsClientFactory.Create(options ?? Options, handler);
}
