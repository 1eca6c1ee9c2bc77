using System.Text;

namespace Appraisal.Host.Imports;

/// <summary>
/// The text of an uploaded CSV. UTF-8 (with or without a byte order mark) is taken when the bytes are valid UTF-8;
/// otherwise GB18030, what Excel on Chinese Windows writes for "CSV (逗号分隔)". Chinese text in GBK is practically
/// never valid UTF-8 (a GBK lead byte 0x81–0xFE followed by a trail byte 0x40–0xFE rarely forms a UTF-8 sequence,
/// and never for a whole name), so strict UTF-8 first, GB18030 second tells them apart reliably; ASCII is the
/// same in both. Anything that is neither is refused rather than guessed.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text and the name of the encoding it was read in.</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Strict(StrictUtf8, bytes[3..]), "UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw ImportException.Of(
                "文件是 UTF-16（Excel 的“Unicode 文本”）格式：请另存为“CSV UTF-8（逗号分隔）”或 XLSX。",
                "The file is UTF-16 (Excel's “Unicode Text”): save it as “CSV UTF-8 (Comma delimited)” or XLSX.");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            var gb18030 = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return (Strict(gb18030, bytes), "GB18030");
        }
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw ImportException.Of(
                "无法识别文件的文字编码：请另存为“CSV UTF-8（逗号分隔）”或 XLSX。",
                "The file's text encoding is not recognised: save it as “CSV UTF-8 (Comma delimited)” or XLSX.");
        }
    }
}
