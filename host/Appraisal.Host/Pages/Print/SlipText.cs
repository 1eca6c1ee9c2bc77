using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Print;

/// <summary>
/// The strings of the printed ballot slips. The slip's instructions are in both languages on every slip, Chinese
/// first, whatever language the console is in: the slip is for the voter, not for the organiser who prints it.
/// </summary>
public static class SlipText
{
    public static string Title => Text("测评码打印页", "Ballot code slips");

    public static string ShownOnce => Text(
        "这些测评码只显示这一次，系统只保存它们的摘要，以后无法再次显示或补打。请现在打印（Ctrl+P，A4 纵向），打印后关闭本页；不要刷新本页，刷新会再发放一批新码。",
        "These codes are shown this once: only their hashes are kept, so they can never be shown or printed again. Print now (Ctrl+P, A4 portrait), then close this page; do not reload it, which would issue another batch.");

    public static string Summary(int count, int drawNo) => Text($"第 {drawNo} 次抽签，共 {count} 张。", $"Draw {drawNo}: {count} slips.");

    public static string Commitment => Text("种子承诺（SHA-256）：", "Seed commitment (SHA-256): ");

    public static string Lost => Text("纸条丢失时，在测评码页输入该码作废。", "If a slip is lost, void its code on the codes page.");

    public static string Back => Text("返回测评码页", "Back to the codes page");

    public const string ScanZh = "手机扫码投票，或在浏览器打开下方网址输入测评码。";

    public const string ScanEn = "Scan to vote, or open the address below and type the code.";

    public const string AnonymousZh = "无记名：每码只能投一次，请勿转借，投后作废。";

    public const string AnonymousEn = "Anonymous: one ballot per code; do not pass it on.";

    public const string ForZh = "发给：";

    public static string QrLabel(string code) => Text($"测评码 {code} 的投票二维码", $"QR code to vote with {code}");
}
