namespace Appraisal.Host.Tests.Support;

/// <summary>
/// The system's Chromium for the browser tests (Playwright's own browser download cannot reach its host here), with a
/// Chinese font so pages render as a reader sees them. Installed once per test run from Debian's packages
/// (<c>chromium</c>, <c>fonts-wqy-microhei</c>) when missing, as <see cref="NodeConformance"/> installs its npm packages.
/// </summary>
internal static class SystemChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Chromium in a container runs without its sandbox: it needs user namespaces the container may not grant.</summary>
    public static IReadOnlyList<string> Arguments { get; } = ["--no-sandbox"];

    private const string ChineseFont = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    private static readonly string[] Packages = ["chromium", "fonts-wqy-microhei"];
    private static readonly Lazy<Task<string?>> Installation = new(InstallAsync);

    /// <summary>
    /// Why Chromium cannot be had on this machine (not Debian-like, not root, apt-get failed), or null once it is
    /// installed. A test skips with this reason rather than pass without a browser.
    /// </summary>
    public static Task<string?> UnavailableReasonAsync() => Installation.Value;

    private static async Task<string?> InstallAsync()
    {
        if (File.Exists(ExecutablePath) && File.Exists(ChineseFont))
        {
            return null;
        }

        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get"))
        {
            return $"{ExecutablePath} is missing and there is no apt-get to install {string.Join(" and ", Packages)}.";
        }

        if (Environment.UserName != "root")
        {
            return $"{ExecutablePath} is missing and installing {string.Join(" and ", Packages)} with apt-get needs root.";
        }

        var environment = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        foreach (var arguments in new[] { ["update"], (string[])["install", "-y", "--no-install-recommends", .. Packages] })
        {
            var (exitCode, output, error) = await ExternalProcess.RunAsync("apt-get", arguments, TimeSpan.FromMinutes(10), environment: environment);
            if (exitCode != 0)
            {
                return $"apt-get {string.Join(' ', arguments)} failed with {exitCode}: {Tail(error + output)}";
            }
        }

        return File.Exists(ExecutablePath) && File.Exists(ChineseFont)
            ? null
            : $"apt-get installed {string.Join(" and ", Packages)}, yet {ExecutablePath} or {ChineseFont} is missing.";
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];
}
