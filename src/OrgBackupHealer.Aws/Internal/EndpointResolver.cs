namespace OrgBackupHealer.Aws.Internal;

/// <summary>
/// The SDKs' standard endpoint variables, so moto and other emulators plug in the usual way. Organizations is a
/// global service whose endpoint lives in us-east-1.
/// </summary>
internal static class EndpointResolver
{
    public const string ServiceVariable = "AWS_ENDPOINT_URL_ORGANIZATIONS";
    public const string GlobalVariable = "AWS_ENDPOINT_URL";
    public static readonly Uri DefaultEndpoint = new("https://organizations.us-east-1.amazonaws.com/");

    public static Uri Resolve(Func<string, string?> environment)
    {
        var (variable, value) = NonBlank(ServiceVariable, environment) ?? NonBlank(GlobalVariable, environment) ?? (null, null);
        if (value is null)
        {
            return DefaultEndpoint;
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
