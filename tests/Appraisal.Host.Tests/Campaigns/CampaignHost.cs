using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>
/// A real host with a known admin key and rate limits high enough for load from one address (the public link's
/// own hourly limits keep their defaults). A variant adds arguments through <see cref="HostArguments"/>.
/// </summary>
public class CampaignHost : IAsyncLifetime
{
    public const string AdminKey = "test-admin-key-0123456789";

    /// <summary>Results resting on fewer ballots are suppressed: the host's default (DESIGN §2 step 6), which no test here changes.</summary>
    public const int MinimumCellSize = 3;

    private readonly TempDirectory _data = new();
    private HostProcess? _host;

    internal HostProcess Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public string DataDirectory => _data.Path;

    internal GraphQLClient Admin => new(Host.Client, AdminKey);

    internal GraphQLClient Anonymous => new(Host.Client);

    internal static string[] Arguments =>
    [
        $"--Appraisal:AdminKey={AdminKey}",
        "--Appraisal:RateLimits:PublicPerMinute=1000000",
        "--Appraisal:RateLimits:PublicBurst=100000",
        "--Appraisal:GraphQL:Introspection=true",
    ];

    /// <summary>The host's command line: <see cref="Arguments"/>, and whatever a variant adds.</summary>
    protected virtual string[] HostArguments => Arguments;

    public async Task InitializeAsync()
    {
        _host = HostProcess.Start(_data.Path, HostArguments);
        await _host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _data.Dispose();
    }
}
