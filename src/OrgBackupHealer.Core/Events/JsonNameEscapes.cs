using System.Text;

namespace OrgBackupHealer.Core.Events;

/// <summary>
/// Decodes an escaped property name the way System.Text.Json does before it looks the name up: a \u escape of a
/// high surrogate must be followed by one of a low surrogate, anything else fails the read. Bytes outside escapes are
/// copied unchecked, as the deserializer copies them. The reader has already rejected malformed escapes.
/// </summary>
internal static class JsonNameEscapes
{
    public static bool TryUnescape(ReadOnlySpan<byte> escaped, out byte[] unescaped)
    {
        var output = new byte[escaped.Length];
        var written = 0;
        var i = 0;
        while (i < escaped.Length)
        {
            if (escaped[i] != (byte)'\\')
            {
                output[written++] = escaped[i++];
                continue;
            }

            var code = escaped[i + 1];
            i += 2;
            if (code != (byte)'u')
            {
                output[written++] = Simple(code);
                continue;
            }

            int scalar = Hex(escaped.Slice(i, 4));
            i += 4;
            if (scalar is >= 0xD800 and <= 0xDFFF)
            {
                if (scalar >= 0xDC00 || i + 6 > escaped.Length || escaped[i] != (byte)'\\' || escaped[i + 1] != (byte)'u')
                {
                    unescaped = [];
                    return false;
                }

                var low = Hex(escaped.Slice(i + 2, 4));
                if (low is < 0xDC00 or > 0xDFFF)
                {
                    unescaped = [];
                    return false;
                }

                i += 6;
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00);
            }

            written += new Rune(scalar).EncodeToUtf8(output.AsSpan(written));
        }

        unescaped = output[..written];
        return true;
    }

    private static byte Simple(byte code) => code switch
    {
        (byte)'b' => (byte)'\b',
        (byte)'f' => (byte)'\f',
        (byte)'n' => (byte)'\n',
        (byte)'r' => (byte)'\r',
        (byte)'t' => (byte)'\t',
        _ => code, // '"', '\\' and '/' stand for themselves
    };

    private static int Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var d in digits)
        {
            value = (value << 4) | (d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
        }

        return value;
    }
}
