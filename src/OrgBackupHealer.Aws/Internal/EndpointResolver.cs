namespace OrgBackupHealer.Aws.Internal;

/// <summary>
/// The SDKs' standard endpoint variables, so moto and other emulators plug in the usual way: the service's own
/// variable, then AWS_ENDPOINT_URL, then the service's AWS endpoint. Organizations is a global service whose endpoint
/// lives in us-east-1.
/// </summary>
internal static class EndpointResolver
{
    public const string ServiceVariable = "AWS_ENDPOINT_URL_ORGANIZATIONS";
    public const string GlobalVariable = "AWS_ENDPOINT_URL";
    public static readonly Uri DefaultEndpoint = new("https://organizations.us-east-1.amazonaws.com/");

    /// <summary>The Organizations endpoint.</summary>
    public static Uri Resolve(Func<string, string?> environment) => Resolve(environment, ServiceVariable, DefaultEndpoint);

    /// <exception cref="ArgumentException">The variable that is set does not hold an absolute http(s) URL.</exception>
    public static Uri Resolve(Func<string, string?> environment, string serviceVariable, Uri awsEndpoint)
    {
        var (variable, value) = NonBlank(serviceVariable, environment) ?? NonBlank(GlobalVariable, environment) ?? (null, null);
        if (value is null)
        {
            return awsEndpoint;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"{variable} must be an absolute http(s) URL, not '{value}'.");
        }

        return uri;
    }

    private static (string? Variable, string? Value)? NonBlank(string variable, Func<string, string?> environment)
    {
        var value = environment(variable);
        return string.IsNullOrWhiteSpace(value) ? null : (variable, value.Trim());
    }
}
