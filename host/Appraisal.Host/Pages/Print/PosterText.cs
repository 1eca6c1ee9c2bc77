using System.Globalization;
using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Print;

/// <summary>The strings of the printed QR poster of a public survey, in both languages.</summary>
public static class PosterText
{
    public static string Title(string campaign) => Text($"二维码海报 - {campaign}", $"QR poster - {campaign}");

    public static string Kicker => Text("扫码参加满意度测评", "Scan to take the satisfaction survey");

    public static string Invitation => Text(
        "请对我们的工作和服务作出评价。你的意见是我们改进工作的依据。",
        "Please rate our work and services. Your views tell us what to improve.");

    public static string QrLabel(string url) => Text($"问卷网址的二维码：{url}", $"QR code of the survey's address: {url}");

    public static string UrlNote => Text("无法扫码时，在手机浏览器中输入：", "If you cannot scan, type this into a phone's browser:");

    public static string HowTitle => Text("如何参加", "How to take part");

    public static string StepOpen => Text("用手机扫描二维码，或输入上面的网址。", "Scan the QR code with a phone, or type the address above.");

    public static string StepAnswer => Text(
        "逐题选择；选择“不满意”时请写明原因。不了解的可选“不了解”。",
        "Answer each question; if you are dissatisfied, say why. Choose “don't know” where you cannot judge.");

    public static string StepSubmit => Text(
        "核对后点“确认提交”，保存页面上的回执。",
        "Check your answers, choose “Submit ballot”, and keep the receipt the page shows.");

    public static string CodeNeeded => Text(
        "提交时需要工作人员发给你的一次性测评码。",
        "You will need the one-time ballot code that staff give you.");

    public static string Anonymous => Text(
        "匿名填写，不记录姓名、手机号和网络地址。每台设备只能提交一次。",
        "Anonymous: no name, phone number or network address is recorded. Each device submits once.");

    public static string Dates(DateOnly? opens, DateOnly? closes) => (opens, closes) switch
    {
        ({ } from, { } to) => Text($"开放时间：{Day(from)} 至 {Day(to)}", $"Open from {Day(from)} to {Day(to)}"),
        (null, { } to) => Text($"截止日期：{Day(to)}", $"Closes on {Day(to)}"),
        ({ } from, null) => Text($"开始日期：{Day(from)}", $"Opens on {Day(from)}"),
        _ => "",
    };

    public static string PrintHint => Text(
        "用浏览器的“打印”打印本页（A4 纸，纵向），张贴在服务窗口或办事大厅。",
        "Print this page with the browser's Print command (A4, portrait) and put it up at the service window or in the hall.");

    public static string NotFoundTitle => Text("没有这张海报", "No such poster");

    public static string NotFound => Text(
        "只有开放公开链接的测评才有二维码海报。请核对地址。",
        "Only an appraisal with a public link has a QR poster. Check the address.");

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
