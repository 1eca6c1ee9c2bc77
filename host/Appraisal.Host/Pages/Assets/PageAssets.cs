using System.Security.Cryptography;

namespace Appraisal.Host.Pages.Assets;

/// <summary>
/// The host's two stylesheets: <c>site.css</c>, which every page links, and <c>console.css</c>, which only the
/// organiser's pages and printed material add, so a ballot on a phone never downloads the console's rules. Both are
/// embedded in the host, so no deployment can lose them and no page needs another server, and each is served under a
/// name that carries a hash of its content, so a browser may keep it for a year and still fetch a new version the
/// moment the host is upgraded.
/// </summary>
public static class PageAssets
{
    private static readonly Lazy<Stylesheet> Site = new(() => Stylesheet.Load("site"));
    private static readonly Lazy<Stylesheet> Console = new(() => Stylesheet.Load("console"));

    /// <summary>The folder assets are served from.</summary>
    public const string Folder = "/assets";

    /// <summary>The stylesheet every page links, e.g. <c>/assets/site.3f2a9c1e.css</c>.</summary>
    public static string StylesheetPath => $"{Folder}/{Site.Value.Name}";

    /// <summary>The console's and printed material's stylesheet, linked by those pages only.</summary>
    public static string ConsoleStylesheetPath => $"{Folder}/{Console.Value.Name}";

    /// <summary>A stylesheet's bytes when <paramref name="name"/> is its current file name; null otherwise.</summary>
    public static byte[]? Find(string name) =>
        name == Site.Value.Name ? Site.Value.Content
        : name == Console.Value.Name ? Console.Value.Content
        : null;

    private sealed record Stylesheet(string Name, byte[] Content)
    {
        public static Stylesheet Load(string stem)
        {
            var resource = $"Appraisal.Host.Pages.Assets.{stem}.css";
            using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The host was built without {resource}.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
            return new Stylesheet($"{stem}.{hash}.css", content);
        }
    }
}
