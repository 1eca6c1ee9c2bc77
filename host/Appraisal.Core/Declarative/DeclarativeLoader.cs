using Appraisal.Core.Plugins;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Distribution;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Declarative;

/// <summary>
/// Builds the appraisal types of a declarative plugin from its staged folder: reads each questionnaire file,
/// resolves the distribution and aggregation strategies and rules by name, and checks their settings against the
/// questionnaires. Everything that depends on what this host provides is judged here rather than by the manifest
/// parser, as a compiled plugin's contract is, so the plugin is listed under its id and version with the reason.
/// </summary>
internal static class DeclarativeLoader
{
    /// <summary>The types, or null with every problem reported (each starting with the file it concerns).</summary>
    public static IReadOnlyList<IAppraisalType>? Load(PluginManifest manifest, string stagedFolder, Action<string> report)
    {
        ArgumentNullException.ThrowIfNull(manifest.DeclaredTypes);
        var types = new List<IAppraisalType>();
        var ok = true;
        void Report(string problem)
        {
            report(problem);
            ok = false;
        }

        for (var index = 0; index < manifest.DeclaredTypes.Count; index++)
        {
            if (Build(manifest.DeclaredTypes[index], index, stagedFolder, Report) is { } type)
            {
                types.Add(type);
            }
        }

        return ok ? types : null;
    }

    private static DeclarativeAppraisalType? Build(DeclarativeTypeManifest declared, int index, string folder, Action<string> report)
    {
        var field = $"types[{index}]";
        var ok = true;
        void Manifest(string problem)
        {
            report($"{PluginManifest.FileName}: {problem}");
            ok = false;
        }

        if (!DistributionStrategies.All.Contains(declared.Distribution.Strategy))
        {
            Manifest($"\"{field}.distribution.strategy\" is \"{declared.Distribution.Strategy}\", which this host does not provide " +
                $"(built in: {string.Join(", ", DistributionStrategies.All)})");
        }

        var templates = new List<QuestionnaireTemplate>();
        for (var t = 0; t < declared.Templates.Count; t++)
        {
            var template = declared.Templates[t];
            var questionnaire = QuestionnaireFile.Read(folder, template.File, $"{field}.templates[{t}].file", p =>
            {
                report(p);
                ok = false;
            });
            if (questionnaire is not null)
            {
                templates.Add(new QuestionnaireTemplate(template.Key, template.Name, questionnaire));
            }
        }

        if (!ok)
        {
            // Strategies and rules are judged against the questionnaires; without them every further message would mislead.
            return null;
        }

        var aggregator = Aggregator(declared, templates, report);
        var rules = DeclarativeRules.Create(declared.Rules, [.. templates.Select(t => t.Questionnaire)], Manifest);
        return ok && aggregator is not null && rules is not null
            ? new DeclarativeAppraisalType(declared.Key, declared.Name, declared.Description, templates, declared.Distribution, rules, aggregator)
            : null;
    }

    private static IAggregator? Aggregator(DeclarativeTypeManifest declared, List<QuestionnaireTemplate> templates, Action<string> report)
    {
        var aggregation = declared.Aggregation;
        var ok = true;
        void Setting(string key, string problem)
        {
            report($"{PluginManifest.FileName}: \"{aggregation.Field}.settings.{key}\" {problem}");
            ok = false;
        }

        void Template(QuestionnaireTemplate template, string problem)
        {
            var file = declared.Templates.First(t => t.Key == template.Key).File;
            report($"{file} (via \"{aggregation.Field}.strategy\"): {problem}");
            ok = false;
        }

        switch (aggregation.Name)
        {
            case AggregationStrategies.WeightedScore:
                var scored = WeightedScoreSettings.Read(aggregation.Settings, WeightedScoreSettings.Default, Setting, rejectUnknown: true);
                foreach (var template in templates.Where(t => WeightedScoreAggregator.ScoredItems(t.Questionnaire).Length == 0))
                {
                    Template(template, "weighted-score needs at least one per-subject choice item on a scale with points " +
                        "(an option with a \"value\"), and this questionnaire has none");
                }

                return ok ? new WeightedScoreAggregator(scored) : null;
            case AggregationStrategies.OptionCounts:
                var counted = OptionCountsSettings.Read(aggregation.Settings, OptionCountsSettings.Default, Setting, rejectUnknown: true);
                foreach (var template in templates.Where(t => OptionCountsAggregator.CountedItems(t.Questionnaire).Length == 0))
                {
                    Template(template, "option-counts needs at least one choice or checklist item, and this questionnaire has none");
                }

                var options = templates.SelectMany(t => t.Questionnaire.Scales).SelectMany(s => s.Options).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
                foreach (var flag in counted.Flags.Where(f => !options.Contains(f.Key)))
                {
                    Setting("flags", $"names the option \"{flag.Key}\", which no scale of the templates has");
                }

                return ok ? new OptionCountsAggregator(counted) : null;
            default:
                report($"{PluginManifest.FileName}: \"{aggregation.Field}.strategy\" is \"{aggregation.Name}\", which this host does not provide " +
                    $"(built in: {string.Join(", ", AggregationStrategies.All)})");
                return null;
        }
    }
}
