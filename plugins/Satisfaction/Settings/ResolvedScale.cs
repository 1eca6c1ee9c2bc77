using Appraisal.PluginApi;

namespace Appraisal.Plugins.Satisfaction.Settings;

/// <summary>A scale with its options resolved, in the scale's order.</summary>
internal sealed record ResolvedScale(string Key, LocalizedText Name, IReadOnlyList<ResolvedOption> Options)
{
    /// <summary>The position of the option with this key, or -1.</summary>
    public int IndexOf(string key)
    {
        for (var i = 0; i < Options.Count; i++)
        {
            if (Options[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}
