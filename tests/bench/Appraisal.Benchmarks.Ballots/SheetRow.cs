namespace Appraisal.Benchmarks.Ballots;

/// <summary>A row of the <c>ballots</c> table as casting stores it: random id, rater group, stored sheet (compact), its digest.</summary>
internal sealed record SheetRow(byte[] Id, string Group, byte[] Answers, byte[] Digest);
