using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Layout;

/// <summary>The strings every page shares, in both languages.</summary>
public static class LayoutText
{
    public static string ProductName => Text("测评系统", "Appraisal");

    /// <summary>A page title: the page's own, then the product's.</summary>
    public static string Title(string page) => $"{page} - {ProductName}";
}
