using Appraisal.Core.Campaigns;
using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Codes;

/// <summary>The strings of the codes page (<c>/admin/campaigns/{id}/codes</c>), in both languages.</summary>
public static class CodesText
{
    public static string Title => Text("测评码", "Ballot codes");

    public static string Counts => Text("各群体测评码", "Codes per rater group");

    public static string Group => Text("评议群体", "Rater group");

    public static string Issued => Text("有效发放", "Issued");

    public static string Returned => Text("已投票", "Returned");

    public static string Voided => Text("已作废", "Voided");

    public static string NoGroups => Text("还没有评议群体：请先添加评议群体。", "There are no rater groups yet: add one first.");

    public static string Draws => Text("抽签记录与种子承诺", "Draws and seed commitments");

    public static string DrawsHelp => Text(
        "每次发放前生成随机种子，先公布其 SHA-256（承诺），活动结束时公开种子，任何人都可以复核抽签。",
        "Each issue draws with a fresh seed whose SHA-256 (the commitment) is published before any code goes out; the seed is revealed at close so anyone can re-run the draw.");

    public static string DrawNo => Text("序号", "No.");

    public static string Strategy => Text("发放方式", "Strategy");

    public static string CodeCount => Text("码数", "Codes");

    public static string Commitment => Text("种子承诺（SHA-256）", "Seed commitment (SHA-256)");

    public static string NoDraws => Text("还没有发放过测评码。", "No codes issued yet.");

    public static string StrategyName(string strategy) => strategy switch
    {
        nameof(IssueStrategy.Slips) or "SLIPS" => Text("随机发放（不记名纸条）", "Slips handed out at random"),
        nameof(IssueStrategy.BalancedPeer) or "BALANCED_PEER" => Text("均衡互评（每人评 k 人）", "Balanced peer (k each)"),
        nameof(IssueStrategy.StratifiedSample) or "STRATIFIED_SAMPLE" => Text("分层抽样", "Stratified sample"),
        _ => strategy,
    };

    public static string IssueTitle => Text("发放测评码", "Issue codes");

    public static string IssueHelp(int max) => Text(
        $"测评码只显示一次：发放后本页即为打印页（A4，每页 8 张，沿虚线裁开）。每次最多 {max} 张。",
        $"Codes are shown once: the answer to issuing is the print sheet (A4, 8 per page, cut along the dashes). At most {max} at a time.");

    public static string Count => Text("张数", "Number of slips");

    public static string PerRater => Text("每人评议人数 k", "Subjects per rater (k)");

    public static string ExcludeOffice => Text("不评同部门的人（按名册的“部门”列）", "Nobody rates people of their own office (the roster's office column)");

    public static string PeerHelp => Text("名册中每人一张（预备党员也评议别人，但不被评议），不评自己。", "One slip per person on the roster (probationary members rate others but are not rated), never oneself.");

    public static string SampleSize => Text("样本量（按层比例分配）", "Sample size (allocated to strata proportionally)");

    public static string Frame => Text("抽样名册（CSV 或 XLSX：编号、层，可选 姓名）", "Sample frame (CSV or XLSX: id, stratum, optionally name)");

    public static string Issue => Text("发放并打印", "Issue and print");

    public static string OnlyDraftOrOpen => Text("活动结束后不能再发放或作废测评码。", "Codes cannot be issued or voided once the campaign has closed.");

    public static string TooMany(int max) => Text($"一次最多打印 {max} 张，请分批发放。", $"At most {max} slips print at a time; issue in batches.");

    public static string VoidTitle => Text("作废测评码", "Void codes");

    public static string VoidHelp => Text("丢失或多余的纸条：每行输入一个测评码。已使用的码不能作废。", "Lost or spare slips: one code per line. A code already used cannot be voided.");

    public static string VoidCodes => Text("测评码", "Codes");

    public static string Void => Text("作废", "Void");

    public static string VoidedCount(int voided, int typed) => Text(
        $"已作废 {voided} 个（共输入 {typed} 个；已使用、已作废或不属于本活动的码不计）。",
        $"{voided} voided ({typed} typed; codes already used, already voided or of another campaign are not counted).");

    public static string NoCodes => Text("请输入至少一个测评码。", "Type at least one code.");
}
