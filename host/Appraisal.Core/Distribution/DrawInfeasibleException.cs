namespace Appraisal.Core.Distribution;

/// <summary>
/// The draw's constraints cannot be met (too few eligible subjects, a stratum smaller than its allocation, …).
/// Thrown before any code is issued, so an organiser fixes the campaign instead of distributing a lopsided draw.
/// </summary>
public sealed class DrawInfeasibleException(string message) : Exception(message);
