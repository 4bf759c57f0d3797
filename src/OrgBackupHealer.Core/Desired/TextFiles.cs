using System.Globalization;
using System.Text;

namespace OrgBackupHealer.Core.Desired;

/// <summary>
/// Reads the files an operator points the healer at (policy documents, policy sets): the size is checked before a
/// byte is read, so a 300 MB file costs nothing, and the bytes are decoded as strict UTF-8, so a broken byte is an
/// error with its offset instead of a silent U+FFFD in the policy the healer writes.
/// </summary>
public static class TextFiles
{
    /// <summary>A policy document holds at most 10,000 characters; this leaves room for indentation and a BOM.</summary>
    public const long MaxPolicyFileBytes = 64 * 1024;

    /// <summary>A policy set names its documents by path, so the set itself stays small.</summary>
    public const long MaxPolicySetFileBytes = 256 * 1024;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="IOException">Larger than <paramref name="maxBytes"/>, or not UTF-8 (the message names the byte offset).</exception>
    public static string ReadUtf8(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"'{path}' not found.", path);
        }

        if (info.Length > maxBytes)
        {
            throw new IOException($"'{path}' is {info.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes; at most {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} are read.");
        }

        return Decode(File.ReadAllBytes(path), path);
    }

    /// <summary>Strict UTF-8, a leading BOM dropped.</summary>
    /// <exception cref="IOException">Not UTF-8; the message names <paramref name="name"/> and the first bad byte's offset.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        try
        {
            return s_strictUtf8.GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            var offset = (bytes.Length - body.Length) + Math.Max(0, e.Index);
            var bad = e.BytesUnknown is { Length: > 0 } unknown ? $" (0x{unknown[0]:X2})" : "";
            throw new IOException($"'{name}' is not UTF-8: byte {offset.ToString(CultureInfo.InvariantCulture)}{bad} is not part of a valid UTF-8 character.", e);
        }
    }
}
