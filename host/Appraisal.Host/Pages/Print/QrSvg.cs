using System.Globalization;
using System.Text;
using QRCoder;

namespace Appraisal.Host.Pages.Print;

/// <summary>
/// A QR code of any text as SVG path data: each row's runs of dark modules as one rectangle each, in module units,
/// with the quiet zone of four modules around it that scanners need. Inline SVG, not an image: pages may load
/// nothing but the host's stylesheet (no <c>data:</c> URLs under the CSP), and vectors print sharp at any size.
/// Drawn by <see cref="QrImage"/>; posters and printed ballot slips choose the module size.
/// </summary>
public sealed class QrSvg
{
    private QrSvg(int modules, int moduleSize, string pathData)
    {
        Modules = modules;
        ModuleSize = moduleSize;
        PathData = pathData;
    }

    /// <summary>Modules along a side, the quiet zone included: the SVG's <c>viewBox</c> is this square.</summary>
    public int Modules { get; }

    /// <summary>CSS pixels per module, for the SVG's width and height (a stylesheet may scale it).</summary>
    public int ModuleSize { get; }

    /// <summary>The SVG's side in CSS pixels.</summary>
    public int Size => Modules * ModuleSize;

    /// <summary>The dark modules as <c>M{x} {y}h{n}v1h-{n}z</c> rectangles, row by row.</summary>
    public string PathData { get; }

    /// <summary>
    /// The QR code of <paramref name="text"/>. Error correction Q (25 %) by default: printed codes get creased,
    /// taped over and faded behind glass at service windows.
    /// </summary>
    public static QrSvg For(string text, int moduleSize, QRCodeGenerator.ECCLevel level = QRCodeGenerator.ECCLevel.Q)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(moduleSize, 1);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, level);
        var matrix = data.ModuleMatrix;
        var path = new StringBuilder();
        for (var y = 0; y < matrix.Count; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < row.Length;)
            {
                if (!row[x])
                {
                    x++;
                    continue;
                }

                var run = 1;
                while (x + run < row.Length && row[x + run])
                {
                    run++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h{run}v1h-{run}z");
                x += run;
            }
        }

        return new QrSvg(matrix.Count, moduleSize, path.ToString());
    }
}
