using System.Collections.Concurrent;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Tally;

namespace Appraisal.Host.Api;

/// <summary>
/// Typed reports (plugin objects) by campaign and revision. One cache belongs to one schema and dies with it, so a
/// plugin's objects never outlive the schema that binds their types (DESIGN §2.2).
/// </summary>
internal sealed class ReportDetailsCache
{
    private const int MaxEntries = 256;
    private readonly ConcurrentDictionary<(string Campaign, long Revision), Lazy<Task<object?>>> _entries = new();

    public Task<object?> GetAsync(Campaign campaign, TallyService tally)
    {
        if (_entries.Count > MaxEntries)
        {
            _entries.Clear(); // rare: many campaigns read since the last plugin change; recomputing is cheap enough
        }

        return _entries.GetOrAdd(
            (campaign.Id, campaign.Revision),
            key => new Lazy<Task<object?>>(() => tally.DetailsAsync(key.Campaign, CancellationToken.None))).Value;
    }
}
