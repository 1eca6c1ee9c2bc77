namespace Appraisal.Core.Plugins;

/// <summary>Comparisons of <see cref="PluginEntry"/> by value (the record compares its type list by reference).</summary>
internal static class PluginEntries
{
    public static bool SameVersion(PluginEntry a, PluginEntry b) =>
        a.Id == b.Id && a.Version == b.Version && a.Source == b.Source;

    public static bool Same(PluginEntry a, PluginEntry b) =>
        SameVersion(a, b) && a.Status == b.Status && a.LastError == b.LastError && a.Name == b.Name
        && a.Bundled == b.Bundled && a.AppraisalTypes.SequenceEqual(b.AppraisalTypes);

    public static bool SameAs(IReadOnlyList<PluginEntry> a, IReadOnlyList<PluginEntry> b) =>
        a.Count == b.Count && a.Zip(b).All(pair => Same(pair.First, pair.Second));
}
