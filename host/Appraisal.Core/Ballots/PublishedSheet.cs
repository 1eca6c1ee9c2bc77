using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Ballots;

/// <summary>One anonymous ballot sheet as published: its random id, rater group, answers and digest (hex).</summary>
public sealed record PublishedSheet(string Id, string GroupKey, IReadOnlyList<Answer> Answers, string Digest);
