using System.Globalization;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Declarative;

/// <summary>
/// The <c>rules</c> table every built-in strategy ends its report with: the strategy, the mappings and weights it
/// applied and the settings that changed the result, so a published report can be checked by hand (DOMAIN §2.2 b).
/// </summary>
internal sealed class RulesTable
{
    private readonly List<IReadOnlyList<ReportCell>> _rows = [];

    public RulesTable Add(string rule, string applied)
    {
        _rows.Add([ReportCell.Of(rule), ReportCell.Of(applied)]);
        return this;
    }

    /// <summary>One row per scale the items use: each option's points, and which options stay out of the denominators.</summary>
    public RulesTable AddMappings(Questionnaire questionnaire, IEnumerable<QuestionItem> items)
    {
        foreach (var scale in items.Select(i => questionnaire.FindScale(i.ScaleKey)).OfType<Scale>().DistinctBy(s => s.Key))
        {
            var valued = scale.Options.Where(o => o.Value is not null && !o.IsAbstain).Select(o => $"{o.Label.ZhCn}={Format(o.Value!.Value)}");
            var left = scale.Options.Where(o => o.IsAbstain || o.Value is null).Select(o => o.Label.ZhCn).ToArray();
            _rows.Add(
            [
                ReportCell.Of($"量表映射 Scale mapping: {scale.Name.ZhCn} ({scale.Key})"),
                ReportCell.Of(string.Join(", ", valued) + (left.Length > 0 ? $"; {string.Join("、", left)} 不计入分母 (excluded from denominators)" : "")),
            ]);
        }

        return this;
    }

    /// <summary>Campaign settings that could not be used, as notes; the type's value was applied instead.</summary>
    public RulesTable AddIgnored(IEnumerable<string> notes)
    {
        foreach (var note in notes)
        {
            Add("已忽略的活动设置 Ignored campaign setting", note);
        }

        return this;
    }

    public ReportTable Build() => new(
        "rules",
        new LocalizedText("计分规则", "Rules and mappings applied"),
        [new LocalizedText("规则", "Rule"), new LocalizedText("应用", "Applied")],
        [.. _rows]);

    public static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
