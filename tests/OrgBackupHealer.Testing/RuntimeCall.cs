using System.Text;

namespace OrgBackupHealer.Testing;

/// <summary>A POST the function made to the fake Runtime API.</summary>
/// <param name="Kind">response, error or init-error.</param>
public sealed record RuntimeCall(string Kind, string? RequestId, string? ErrorTypeHeader, string? ContentType, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);
}
