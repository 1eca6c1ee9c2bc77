namespace Appraisal.PluginApi.Ballots;

/// <summary>Someone or something rated: a Party member, an agency, a service window.</summary>
/// <param name="Id">Stable id within the campaign.</param>
/// <param name="Name">Display name.</param>
/// <param name="UnitClass">For agencies: the class they are ranked within (党群部门, 政府部门, …).</param>
/// <param name="Attributes">Type-specific facts, e.g. <c>membership=probationary</c> (预备党员), <c>ranked=false</c>.</param>
public sealed record Subject(string Id, string Name, string? UnitClass, IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>An attribute, or <paramref name="fallback"/>.</summary>
    public string Attribute(string key, string fallback = "") =>
        Attributes.TryGetValue(key, out var value) ? value : fallback;
}
