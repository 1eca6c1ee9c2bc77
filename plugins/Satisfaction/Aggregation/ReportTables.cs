using Appraisal.Plugins.Satisfaction.Reports;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.Satisfaction.Aggregation;

/// <summary>
/// The generic tables pages and exports show, read from the typed report so the two never disagree. The first
/// column is always a label (the host keeps it when it hides a whole small campaign); a withheld number is
/// <see cref="ReportCell.Hidden"/>.
/// </summary>
internal static class ReportTables
{
    public static ReportTable[] From(SatisfactionReport report)
    {
        var tables = new List<ReportTable>
        {
            new("items", new LocalizedText("各指标满意率与测评得分", "Satisfaction rate and score per item"),
                [T("指标", "Item"), T("有效评价", "Valid answers"), T("满意率(%)", "Satisfaction rate (%)"), T("测评得分", "Score"),
                 T("满意", "Satisfied"), T("不了解/弃权", "Don't know / abstain"), T("权重", "Weight")],
                [.. report.Items.Select(ItemRow), OverallRow(new LocalizedText("综合", "Overall"), report.Overall)]),
        };
        if (report.Subjects.Count > 0)
        {
            tables.Add(new ReportTable("subjects", new LocalizedText("各评价对象满意率与测评得分", "Satisfaction per subject"),
                [T("评价对象", "Subject"), T("指标", "Item"), T("有效评价", "Valid answers"), T("满意率(%)", "Satisfaction rate (%)"),
                 T("测评得分", "Score")],
                [.. report.Subjects.SelectMany(s => s.Items.Select(i => SubjectRow(s.Name, i)).Append(SubjectOverallRow(s)))]));
        }

        tables.Add(new ReportTable("distribution", new LocalizedText("各选项分布", "Answers per option"),
            [T("指标", "Item"), T("评价对象", "Subject"), T("选项", "Option"), T("人数", "Count"), T("占有效评价(%)", "Share of valid (%)")],
            [.. Distribution(report)]));
        tables.Add(new ReportTable("comments", new LocalizedText("意见建议（按题目归类）", "Comments by item"),
            [T("题目", "Item"), T("评价对象", "Subject"), T("意见", "Comment"), T("条数", "Count")],
            [.. report.Comments.SelectMany(CommentRows)]));
        tables.Add(new ReportTable("complaints", new LocalizedText("差评清单（待核实、整改、回访）", "差评 for follow-up"),
            [T("指标", "Item"), T("评价对象", "Subject"), T("评价", "Answer"), T("原因", "Reason"), T("编号", "Key")],
            [.. report.Complaints.Select(c => Row(Text(c.ItemText), Text(c.SubjectName), Text(c.OptionLabel), Text(c.Reason), Text(c.Key)))]));
        tables.Add(new ReportTable("mapping", new LocalizedText("分值换算", "Mapping to points"),
            [T("选项", "Option"), T("量表", "Scale"), T("分值", "Points"), T("计入满意", "Satisfied"), T("不了解/弃权", "Abstain"),
             T("差评", "差评"), T("来源", "Source")],
            [.. report.Mapping.Select(m => Row(Text(m.Label), Text(m.ScaleKey), m.Value is { } v ? ReportCell.Of(v) : Text("不计分"),
                YesNo(m.CountsAsSatisfied), YesNo(m.IsAbstain), YesNo(m.IsComplaint), Text(m.ValueSource)))]));
        tables.Add(new ReportTable("rules", new LocalizedText("统计规则", "Rules applied"),
            [T("规则", "Rule"), T("说明", "Description"), T("取值", "Value"), T("依据", "Source")],
            [.. report.Rules.Select(r => Row(Text(r.Key), Text(r.Description), Text(r.Value), Text(r.Source)))]));
        return [.. tables];
    }

    private static ReportCell[] ItemRow(SatisfactionItemResult item) =>
        item.Suppressed
            ? Row(Text(item.Text), ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden, ReportCell.Of(item.Weight))
            : Row(Text(item.Text), Number(item.Valid), Number(item.SatisfactionRate), Number(item.Score), Number(item.Satisfied),
                Number(item.Abstained), ReportCell.Of(item.Weight));

    private static ReportCell[] OverallRow(LocalizedText label, SatisfactionOverall overall) =>
        overall.Suppressed
            ? Row(Text(label.ZhCn), ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden)
            : Row(Text(label.ZhCn), ReportCell.Of(overall.Valid), Number(overall.SatisfactionRate), Number(overall.Score), Text(""), Text(""),
                ReportCell.Of(overall.WeightTotal));

    private static ReportCell[] SubjectRow(string subject, SatisfactionItemResult item) =>
        item.Suppressed
            ? Row(Text(subject), Text(item.Text), ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden)
            : Row(Text(subject), Text(item.Text), Number(item.Valid), Number(item.SatisfactionRate), Number(item.Score));

    private static ReportCell[] SubjectOverallRow(SatisfactionSubjectResult subject) =>
        subject.Overall.Suppressed
            ? Row(Text(subject.Name), Text("综合"), ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden)
            : Row(Text(subject.Name), Text("综合"), ReportCell.Of(subject.Overall.Valid), Number(subject.Overall.SatisfactionRate),
                Number(subject.Overall.Score));

    private static IEnumerable<ReportCell[]> Distribution(SatisfactionReport report)
    {
        var cells = report.Items.Select(i => (Subject: (string?)null, Item: i))
            .Concat(report.Subjects.SelectMany(s => s.Items.Select(i => (Subject: (string?)s.Name, Item: i))));
        foreach (var (subject, item) in cells)
        {
            if (item.Suppressed)
            {
                yield return Row(Text(item.Text), Text(subject), ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden);
                continue;
            }

            foreach (var option in item.Distribution)
            {
                yield return Row(Text(item.Text), Text(subject), Text(option.Label), ReportCell.Of(option.Count), Number(option.ShareOfValid));
            }
        }
    }

    private static IEnumerable<ReportCell[]> CommentRows(SatisfactionCommentGroup group) =>
        group.Suppressed
            ? [Row(Text(group.Text), Text(group.SubjectName), ReportCell.Hidden, ReportCell.Hidden)]
            : group.Texts.Select(t => Row(Text(group.Text), Text(group.SubjectName), Text(t.Text), ReportCell.Of(t.Count)));

    private static ReportCell[] Row(params ReportCell[] cells) => cells;

    private static ReportCell Text(string? text) => new(text ?? "");

    private static ReportCell Number(decimal? value) => value is { } v ? ReportCell.Of(v) : new ReportCell("");

    private static ReportCell Number(int? value) => value is { } v ? ReportCell.Of(v) : new ReportCell("");

    private static ReportCell YesNo(bool value) => Text(value ? "是" : "否");

    private static LocalizedText T(string zh, string en) => new(zh, en);
}
