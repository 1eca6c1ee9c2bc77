namespace Appraisal.Host.Cluster;

/// <summary>What this host's <see cref="PluginPackageFollower"/> has done, for <c>/healthz</c>.</summary>
/// <param name="Revision">The newest plugin revision seen in the database.</param>
/// <param name="Applied">The revision this host's plugin folder matches (installs and removals done); below <paramref name="Revision"/> while catching up or failing.</param>
/// <param name="LastError">Why the last pass did not finish, or null when it did.</param>
/// <param name="CheckedAt">When the database was last polled (UTC), or null before the first poll.</param>
public sealed record PluginFollowerStatus(long Revision, long Applied, string? LastError, DateTimeOffset? CheckedAt)
{
    public static PluginFollowerStatus NotStarted { get; } = new(0, 0, null, null);
}
