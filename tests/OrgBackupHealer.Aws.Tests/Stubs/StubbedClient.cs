using Amazon.Runtime;

namespace OrgBackupHealer.Aws.Tests.Stubs;

/// <summary>A real client whose transport is a stub: signing, timeouts and parsing all run, the network does not.</summary>
internal static class StubbedClient
{
    public const string AccessKey = "AKIDEXAMPLE";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    /// <summary>Nothing from the machine's environment or ~/.aws.</summary>
    public static OrganizationsClientOptions Options => new()
    {
        Credentials = new BasicAWSCredentials(AccessKey, SecretKey),
        EnvironmentVariables = _ => null,
    };

    public static OrganizationsClient Create(StubAwsHandler handler, OrganizationsClientOptions? options = null) =>
        OrganizationsClientFactory.Create(options ?? Options, handler);
}
