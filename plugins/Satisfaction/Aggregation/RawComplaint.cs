namespace Appraisal.Plugins.Satisfaction.Aggregation;

/// <summary>A 差评 as read from a ballot: which item, subject and option, and the reason given (normalised).</summary>
internal readonly record struct RawComplaint(ChoiceItem Choice, string? SubjectId, int Option, string? Reason);
