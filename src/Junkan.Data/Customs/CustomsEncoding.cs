using System.Text;

namespace Junkan.Data.Customs;

/// <summary>
/// Chooses the text encoding of a trade-statistics CSV: UTF-8 when the file starts with the UTF-8 byte-order mark
/// or decodes as strict UTF-8, otherwise Shift_JIS (code page 932), the encoding of the MOF downloads.
/// </summary>
public static class CustomsEncoding
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Shift_JIS as Windows code page 932 (registers the code-pages provider on first use).</summary>
    public static Encoding ShiftJis
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(932);
        }
    }

    /// <summary>The encoding of <paramref name="bytes"/>; the UTF-8 returned throws on invalid bytes.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        var strict = new UTF8Encoding(false, true);
        if (bytes.StartsWith(Utf8Bom)) return strict;
        try
        {
            strict.GetCharCount(bytes);
            return strict;
        }
        catch (DecoderFallbackException)
        {
            return ShiftJis;
        }
    }

    /// <summary>The encoding of the file at <paramref name="path"/>.</summary>
    public static Encoding Detect(string path) => Detect(File.ReadAllBytes(path));
}
