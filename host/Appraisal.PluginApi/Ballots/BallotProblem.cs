namespace Appraisal.PluginApi.Ballots;

/// <summary>One reason a ballot cannot be cast, precise enough to show next to the field.</summary>
/// <param name="Code">Machine-readable, e.g. <c>REQUIRED</c>, <c>NOT_ON_SCALE</c>, <c>SELF_RATING</c>.</param>
/// <param name="Message">What the rater reads.</param>
/// <param name="ItemKey">The item at fault, or null for the ballot as a whole.</param>
/// <param name="SubjectId">The subject at fault, or null.</param>
public sealed record BallotProblem(string Code, LocalizedText Message, string? ItemKey = null, string? SubjectId = null);
