namespace Appraisal.Host.Tests.Support;

/// <summary>One real host for a whole test class (xunit class fixture), with introspection turned on.</summary>
public sealed class RunningHost : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private HostProcess? _host;

    internal HostProcess Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public HttpClient Client => Host.Client;

    public Uri GraphQLUrl => new(Host.BaseAddress, "graphql");

    public async Task InitializeAsync()
    {
        _host = HostProcess.Start(_data.Path, "--Appraisal:GraphQL:Introspection=true");
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
