using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Ballots;

/// <summary>The strings of the receipt page, in both languages: what a receipt proves and how to check it (DESIGN §6).</summary>
public static class ReceiptText
{
    public static string Title => Text("投票成功", "Your ballot has been cast");

    public static string Counted => Text(
        "你的选票已存入投票箱。下面是你的回执，请截图或抄下保存：这个页面只显示这一次。",
        "Your ballot is in the ballot box. Below is your receipt: take a screenshot or write it down, as this page is shown only once.");

    public static string Digest => Text("回执摘要", "Receipt digest");

    public static string Position => Text("在回执链中的位置", "Position in the receipt chain");

    public static string PositionValue(long position) => Text($"第 {position} 张", $"No. {position}");

    public static string ChainHead => Text("投入后的链头", "Chain head after your ballot");

    public static string Token => Text("回执密钥（只有你知道）", "Receipt key (known only to you)");

    public static string ProvesTitle => Text("回执能证明什么", "What the receipt proves");

    public static string Proves => Text(
        "回执证明你的选票已经计入：回执摘要按投入顺序连成一条哈希链，链头随每张选票改变，删掉或改动任何一张回执都会让链头对不上。",
        "It proves that your ballot was counted: receipt digests are chained in the order ballots were cast, and removing or changing any one of them changes the chain head.");

    public static string DoesNotProve => Text(
        "回执不证明你选了什么：回执与选票内容分开保存，从回执看不出选票内容，任何人（包括你自己）都不能凭它证明你的选择，所以没有人能要求你用回执证明怎么投的票。",
        "It does not prove what you chose: receipts and ballot contents are kept apart, nothing in the receipt reveals your answers, and nobody, you included, can use it to show how you voted. So nobody can demand it as proof of your vote.");

    public static string CheckTitle => Text("结果公布后如何核对", "How to check it after publication");

    public static string CheckList => Text(
        "结果公布后，本次测评会公布全部回执摘要（按投入顺序排列）、链头和匿名选票。",
        "When the results are published, the campaign publishes every receipt digest (in the order cast), the chain head and the anonymous ballots.");

    public static string CheckFind(long position) => Text(
        $"在回执摘要列表的第 {position} 位找到上面的回执摘要：找到了，就说明你的选票已计入。",
        $"Find the digest above at position {position} of the list: if it is there, your ballot was counted.");

    public static string CheckCounts => Text(
        "任何人都可以用公布的摘要重新计算链头，并核对摘要数、选票数与统计结果一致。",
        "Anyone can recompute the chain head from the published digests and check that the number of digests, the number of ballots and the tally agree.");

    public static string TokenNote => Text(
        "回执摘要是回执密钥的 SHA-256 哈希值（前缀 “appraisal.receipt.v1” 加换行）。如有争议，出示密钥即可证明这条摘要是你的；平时请不要交给别人。",
        "The digest is the SHA-256 hash of the receipt key (prefixed with “appraisal.receipt.v1” and a line break). In a dispute the key proves the digest is yours; otherwise keep it to yourself.");
}
