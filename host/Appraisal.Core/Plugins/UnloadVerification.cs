namespace Appraisal.Core.Plugins;

/// <summary>
/// Watches an unloading load context through a weak reference until the GC has collected it, in bounded
/// rounds of <c>GC.Collect(); GC.WaitForPendingFinalizers();</c>. Unload is cooperative: anything still
/// referencing the plugin (a running call, a static, an event, a cache) keeps it alive, and only this shows it.
/// </summary>
internal static class UnloadVerification
{
    public const int Rounds = 10;

    private static readonly TimeSpan PauseBetweenRounds = TimeSpan.FromMilliseconds(100);

    /// <summary>True once the context is collected; false when it is still alive after <see cref="Rounds"/> rounds.</summary>
    public static async Task<bool> WaitForCollectionAsync(WeakReference reference)
    {
        for (var round = 0; round < Rounds; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            if (!reference.IsAlive)
            {
                return true;
            }

            await Task.Delay(PauseBetweenRounds);
        }

        return !reference.IsAlive;
    }
}
