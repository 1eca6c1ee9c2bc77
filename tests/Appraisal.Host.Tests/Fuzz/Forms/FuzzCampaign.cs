namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// A campaign the fuzz votes in: its ballot's shape and its codes. A case that may cast takes a fresh code for
/// itself, so no two requests race for one code and every accepted ballot is counted once; a refused case gives
/// the code back. <see cref="Accepted"/> is compared with the campaign's turnout at the end. Plain lists under a
/// lock, not ConcurrentQueue: peeking into one freezes its segment, and the next enqueue then allocates a new,
/// larger one (hundreds of MB within a few thousand inputs).
/// </summary>
internal sealed class FuzzCampaign(string name, string id, BallotShape shape, IEnumerable<string> codes)
{
    private readonly List<string> _fresh = [.. codes];
    private readonly List<string> _spent = [];
    private readonly Lock _lock = new();

    public string Name => name;

    public string Id => id;

    public BallotShape Shape => shape;

    public long Accepted
    {
        get
        {
            lock (_lock)
            {
                return _spent.Count;
            }
        }
    }

    public string? TakeFresh()
    {
        lock (_lock)
        {
            if (_fresh.Count == 0)
            {
                return null;
            }

            var code = _fresh[^1];
            _fresh.RemoveAt(_fresh.Count - 1);
            return code;
        }
    }

    public void GiveBack(string code)
    {
        lock (_lock)
        {
            _fresh.Add(code);
        }
    }

    public void Spend(string code)
    {
        lock (_lock)
        {
            _spent.Add(code);
        }
    }

    /// <summary>A code that already voted (null before the first accepted ballot).</summary>
    public string? AnySpent(Random random)
    {
        lock (_lock)
        {
            return _spent.Count == 0 ? null : _spent[random.Next(_spent.Count)];
        }
    }

    /// <summary>A fresh code to look at without taking it (it may be spent by another request meanwhile).</summary>
    public string? PeekFresh()
    {
        lock (_lock)
        {
            return _fresh.Count == 0 ? null : _fresh[0];
        }
    }
}
