using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Ballots;

/// <summary>The strings of the page where a code from a paper slip is typed, in both languages.</summary>
public static class EntryText
{
    public static string Title => Text("输入测评码", "Enter your ballot code");

    public static string Intro => Text("测评码印在纸质测评票上。输入后即可打开你的测评票。", "The code is printed on your paper ballot slip. Type it to open your ballot.");

    public static string Label => Text("测评码", "Ballot code");

    public static string Hint => Text(
        "共 15 位字母和数字，如 K7QMX-2XHD9-RPAB4。不分大小写，空格和短横线可有可无。",
        "15 letters and digits, such as K7QMX-2XHD9-RPAB4. Case, spaces and dashes do not matter.");

    public static string Open => Text("打开测评票", "Open ballot");
}
