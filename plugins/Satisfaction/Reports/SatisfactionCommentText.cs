namespace Appraisal.Plugins.Satisfaction.Reports;

/// <summary>One distinct comment (whitespace trimmed and collapsed) and how many ballots gave it.</summary>
public sealed record SatisfactionCommentText(string Text, int Count);
