using System.Security.Cryptography;

namespace Appraisal.Host.Pages.Assets;

/// <summary>
/// The one stylesheet every page links. It is embedded in the host, so no deployment can lose it and no page needs
/// another server, and it is served under a name that carries a hash of its content, so a browser may keep it for a
/// year and still fetch a new version the moment the host is upgraded.
/// </summary>
public static class PageAssets
{
    private const string StylesheetResource = "Appraisal.Host.Pages.Assets.site.css";

    private static readonly Lazy<(string Name, byte[] Content)> Stylesheet = new(LoadStylesheet);

    /// <summary>The folder assets are served from.</summary>
    public const string Folder = "/assets";

    /// <summary>The stylesheet's address, e.g. <c>/assets/site.3f2a9c1e.css</c>.</summary>
    public static string StylesheetPath => $"{Folder}/{Stylesheet.Value.Name}";

    /// <summary>The stylesheet's bytes when <paramref name="name"/> is its current file name; null otherwise.</summary>
    public static byte[]? Find(string name) => name == Stylesheet.Value.Name ? Stylesheet.Value.Content : null;

    private static (string Name, byte[] Content) LoadStylesheet()
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream(StylesheetResource)
            ?? throw new InvalidOperationException($"The host was built without {StylesheetResource}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
        return ($"site.{hash}.css", content);
    }
}
