using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.Satisfaction.Settings;

/// <summary>
/// Applies the settings to the questionnaire's scales: <c>mapping.&lt;scale&gt;.&lt;option&gt;</c> before
/// <c>mapping.&lt;option&gt;</c> before the scale's own value; <c>satisfied</c> and <c>complaints.options</c> replace the
/// scale's flags when given. An abstain option is never satisfied nor a 差评, whatever the lists say: it is the
/// rater saying they cannot judge (§2.2, S40).
/// </summary>
internal static class ScaleResolver
{
    public static IReadOnlyDictionary<string, ResolvedScale> Resolve(Questionnaire questionnaire, SatisfactionSettings settings)
    {
        var scales = new Dictionary<string, ResolvedScale>(StringComparer.Ordinal);
        var usedMappings = new HashSet<string>(StringComparer.Ordinal);
        var knownOptions = new HashSet<string>(StringComparer.Ordinal);
        var mappings = settings.Mappings().ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        foreach (var scale in questionnaire.Scales ?? [])
        {
            if (scale?.Key is null || scales.ContainsKey(scale.Key))
            {
                continue;
            }

            var options = new List<ResolvedOption>();
            foreach (var option in scale.Options ?? [])
            {
                if (option?.Key is null)
                {
                    continue;
                }

                knownOptions.Add(option.Key);
                var (value, source) = Value(scale.Key, option, mappings, usedMappings, settings);
                options.Add(new ResolvedOption(
                    option.Key,
                    option.Label,
                    value,
                    source,
                    Satisfied: !option.IsAbstain && (settings.SatisfiedOptions?.Contains(option.Key) ?? option.CountsAsSatisfied),
                    Abstain: option.IsAbstain,
                    Complaint: !option.IsAbstain && (settings.ComplaintOptions?.Contains(option.Key) ?? option.AsksReason)));
            }

            scales[scale.Key] = new ResolvedScale(scale.Key, scale.Name, options);
        }

        foreach (var (key, raw) in mappings.Where(kv => !usedMappings.Contains(kv.Key)))
        {
            settings.NoteIgnored(SatisfactionSettings.MappingPrefix + key, raw, "问卷中没有这个选项");
        }

        NoteUnknown(settings, SatisfactionSettings.SatisfiedKey, settings.SatisfiedOptions, knownOptions);
        NoteUnknown(settings, SatisfactionSettings.ComplaintOptionsKey, settings.ComplaintOptions, knownOptions);
        return scales;
    }

    private static (decimal? Value, SettingSource Source) Value(
        string scaleKey,
        ScaleOption option,
        Dictionary<string, string> mappings,
        HashSet<string> used,
        SatisfactionSettings settings)
    {
        foreach (var key in (string[])[$"{scaleKey}.{option.Key}", option.Key])
        {
            if (!mappings.TryGetValue(key, out var raw))
            {
                continue;
            }

            used.Add(key);
            if (SatisfactionSettings.TryParseValue(raw, out var value))
            {
                return (value, settings.SourceOf(SatisfactionSettings.MappingPrefix + key));
            }

            settings.NoteIgnored(SatisfactionSettings.MappingPrefix + key, raw, "分值须为数字，已忽略");
        }

        return (option.Value, SettingSource.Default);
    }

    private static void NoteUnknown(SatisfactionSettings settings, string key, IReadOnlySet<string>? listed, HashSet<string> known)
    {
        if (listed is null)
        {
            return;
        }

        foreach (var option in listed.Where(o => !known.Contains(o)).Order(StringComparer.Ordinal))
        {
            settings.NoteIgnored(key, option, "问卷中没有这个选项");
        }
    }
}
