using System.Globalization;

namespace Appraisal.PluginApi;

/// <summary>A text in Chinese (zh-CN, the default) and English.</summary>
public sealed record LocalizedText(string ZhCn, string En)
{
    /// <summary>The text for a culture: English for any <c>en</c> culture, Chinese otherwise.</summary>
    public string For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" && En.Length > 0 ? En : ZhCn;

    /// <summary>The same text in both languages, for proper names and codes.</summary>
    public static LocalizedText Same(string text) => new(text, text);

    public override string ToString() => ZhCn;
}
