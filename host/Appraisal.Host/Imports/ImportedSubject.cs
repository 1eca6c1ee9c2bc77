using Appraisal.PluginApi.Ballots;

namespace Appraisal.Host.Imports;

/// <summary>A row of a roster file and the subject it becomes (null when the row has a problem).</summary>
public sealed record ImportedSubject(RosterRow Row, Subject? Subject);
