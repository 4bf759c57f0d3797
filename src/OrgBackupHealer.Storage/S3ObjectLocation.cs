namespace OrgBackupHealer.Storage;

/// <summary>A bucket and key, as written <c>s3://bucket/key</c>.</summary>
public sealed record S3ObjectLocation(string Bucket, string Key)
{
    private const string Scheme = "s3://";

    public static bool IsS3Uri(string value) =>
        value is not null && value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <exception cref="FormatException">Not of the form s3://bucket/key.</exception>
    public static S3ObjectLocation Parse(string value)
    {
        if (!IsS3Uri(value))
        {
            throw new FormatException($"'{value}' is not an s3://bucket/key address.");
        }

        var rest = value[Scheme.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == rest.Length - 1)
        {
            throw new FormatException($"'{value}' needs both a bucket and a key: s3://bucket/key.");
        }

        return new S3ObjectLocation(rest[..slash], rest[(slash + 1)..]);
    }

    public override string ToString() => Scheme + Bucket + "/" + Key;
}
