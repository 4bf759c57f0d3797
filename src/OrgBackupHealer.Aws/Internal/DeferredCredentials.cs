using Amazon.Runtime;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>
/// Resolves the real credentials on the first signed request rather than when the client is built, so building a
/// client does no I/O, and any failure (none configured, expired SSO session) surfaces as one
/// <see cref="AwsCredentialsException"/> from the call that needed them. A failed resolution is tried again next time.
/// </summary>
internal sealed class DeferredCredentials(Func<AWSCredentials> resolve) : AWSCredentials
{
    private readonly Lazy<AWSCredentials> _inner = new(resolve, LazyThreadSafetyMode.PublicationOnly);

    public override ImmutableCredentials GetCredentials()
    {
        try
        {
            return _inner.Value.GetCredentials();
        }
        catch (AmazonClientException e)
        {
            throw Explain(e);
        }
    }

    public override async Task<ImmutableCredentials> GetCredentialsAsync()
    {
        try
        {
            return await _inner.Value.GetCredentialsAsync().ConfigureAwait(false);
        }
        catch (AmazonClientException e)
        {
            throw Explain(e);
        }
    }

    private static AwsCredentialsException Explain(AmazonClientException e) =>
        new($"AWS credentials could not be loaded ({e.Message.ReplaceLineEndings(" ")}). Refresh them (e.g. 'aws sso login') or choose another profile.", e);
}
