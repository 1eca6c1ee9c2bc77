namespace Appraisal.Plugins.PeopleSatisfiedAgency.Details;

/// <summary>A rule the tally applied, in words, so a published report says how its numbers came about.</summary>
/// <param name="Key">The kind of rule, e.g. <c>mapping</c>, <c>tiers</c>, <c>weight</c>; repeated for rules given per group or per class.</param>
/// <param name="ZhCn">The rule in Chinese.</param>
/// <param name="En">The rule in English.</param>
public sealed record AgencyRule(string Key, string ZhCn, string En);
