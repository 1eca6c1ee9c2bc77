using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Appraisal.Host.Tests.Pages;

/// <summary>
/// Reads a QR code back from the inline SVG a page drew: the path's rectangles into a module matrix, the matrix into
/// a grey image, and the image through ZXing's decoder, a library independent of the one that encoded it.
/// </summary>
internal static partial class QrReading
{
    private const int PixelsPerModule = 4;

    /// <summary>The dark modules of a drawn code, from its <c>viewBox</c> and its path's <c>M x y h n v1 h-n z</c> runs.</summary>
    public static bool[,] Modules(IElement svg)
    {
        var side = int.Parse(svg.GetAttribute("viewBox")!.Split(' ')[2], CultureInfo.InvariantCulture);
        var modules = new bool[side, side];
        var data = svg.QuerySelector("path")!.GetAttribute("d")!;
        var runs = Run().Matches(data);
        Assert.Equal(data, string.Concat(runs.Select(r => r.Value))); // nothing in the path but such runs
        foreach (Match run in runs)
        {
            var (x, y, length) = (Number(run, 1), Number(run, 2), Number(run, 3));
            Assert.Equal(length, Number(run, 4));
            for (var i = 0; i < length; i++)
            {
                modules[y, x + i] = true;
            }
        }

        return modules;
    }

    /// <summary>What the module matrix says, or null when ZXing finds no QR code in it.</summary>
    public static string? Decode(bool[,] modules)
    {
        var side = modules.GetLength(0) * PixelsPerModule;
        var pixels = new byte[side * side];
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                pixels[(y * side) + x] = modules[y / PixelsPerModule, x / PixelsPerModule] ? (byte)0 : (byte)255;
            }
        }

        var image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, side, side, RGBLuminanceSource.BitmapFormat.Gray8)));
        return new QRCodeReader().decode(image, new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true })?.Text;
    }

    /// <summary>Whether the outer four modules on every side are light: the quiet zone scanners need.</summary>
    public static bool HasQuietZone(bool[,] modules)
    {
        var side = modules.GetLength(0);
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                var edge = Math.Min(Math.Min(x, y), Math.Min(side - 1 - x, side - 1 - y));
                if (edge < 4 && modules[y, x])
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"M(\d+) (\d+)h(\d+)v1h-(\d+)z")]
    private static partial Regex Run();
}
