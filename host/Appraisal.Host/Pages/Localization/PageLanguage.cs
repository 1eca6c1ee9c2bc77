using System.Globalization;
using Appraisal.PluginApi;

namespace Appraisal.Host.Pages.Localization;

/// <summary>
/// The language a page is rendered in: Chinese (zh-CN) unless the reader chose English with <c>?lang=en</c>, which
/// <see cref="PageLanguageMiddleware"/> remembers in a cookie. Every string a page shows goes through
/// <see cref="Text(string, string)"/>, so the two languages sit side by side in the page's text class
/// (<c>LayoutText</c>, <c>BallotText</c>, …) and a missing translation cannot hide.
/// </summary>
public static class PageLanguage
{
    /// <summary>The query parameter and the cookie that choose the language: <c>zh</c> or <c>en</c>.</summary>
    public const string Key = "lang";

    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-CN");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>Whether the page being rendered is in English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The page's <c>lang</c> attribute.</summary>
    public static string Tag => IsEnglish ? "en" : "zh-CN";

    /// <summary>The string in the page's language.</summary>
    public static string Text(string zhCn, string en) => IsEnglish ? en : zhCn;

    /// <summary>A product text (a question, a scale option, a problem) in the page's language.</summary>
    public static string Text(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.For(CultureInfo.CurrentUICulture);
    }

    /// <summary>The culture a <c>lang</c> value names, or null for anything else.</summary>
    public static CultureInfo? Parse(string? value) => value switch
    {
        "en" => English,
        "zh" or "zh-CN" => Chinese,
        _ => null,
    };
}
