using Appraisal.PluginApi;
using Appraisal.PluginApi.Distribution;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Plugins;

/// <summary>
/// Deep copies of the contract records a plugin hands out. The records are host types, but the lists inside
/// them are whatever the plugin built: a C# collection expression compiles to a list type synthesized in the
/// plugin's own assembly, and one such list kept by the host pins the plugin's collectible load context.
/// Every copy is made of host-created arrays and dictionaries.
/// </summary>
internal static class ContractCopy
{
    public static ActiveAppraisalType Snapshot(PluginManifest manifest, IAppraisalType type) => new(
        manifest.Id,
        manifest.Version.ToString(),
        manifest.Name,
        type.Key,
        Copy(type.Name),
        Copy(type.Description),
        Array.AsReadOnly(type.Templates.Select(Copy).ToArray()),
        Copy(type.Distribution),
        type.SchemaExtension is not null,
        new Dictionary<string, string>(manifest.Settings, StringComparer.Ordinal).AsReadOnly());

    public static LocalizedText Copy(LocalizedText text) => new(text.ZhCn, text.En);

    public static QuestionnaireTemplate Copy(QuestionnaireTemplate template) =>
        new(template.Key, Copy(template.Name), Copy(template.Questionnaire));

    public static Questionnaire Copy(Questionnaire questionnaire) => new(
        Array.AsReadOnly(questionnaire.Scales.Select(Copy).ToArray()),
        Array.AsReadOnly(questionnaire.Items.Select(Copy).ToArray()));

    public static Scale Copy(Scale scale) =>
        new(scale.Key, Copy(scale.Name), Array.AsReadOnly(scale.Options.Select(Copy).ToArray()));

    public static ScaleOption Copy(ScaleOption option) =>
        new(option.Key, Copy(option.Label), option.Value, option.CountsAsSatisfied, option.IsAbstain, option.AsksReason);

    public static QuestionItem Copy(QuestionItem item) => new(
        item.Key,
        Copy(item.Text),
        item.Kind,
        item.Scope,
        item.ScaleKey,
        item.Required,
        item.Weight,
        item.ShowWhen is { } condition
            ? new ItemCondition(condition.ItemKey, Array.AsReadOnly(condition.OptionKeys.ToArray()))
            : null,
        item.MaxLength);

    public static DistributionPlan Copy(DistributionPlan plan) =>
        new(plan.Strategy, new Dictionary<string, string>(plan.Options, StringComparer.Ordinal).AsReadOnly());
}
