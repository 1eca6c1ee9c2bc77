using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Plugins;
using Appraisal.Core.Storage;
using Appraisal.Core.Tally;
using Appraisal.Core.Tests.Plugins;
using Appraisal.Core.Tests.Storage.Backends;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Dapper;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>
/// The campaign services over a real, migrated database — SQLite in a temporary directory, or a PostgreSQL database
/// of its own on the test server — and a plugin catalog serving the fixture type, with a clock the test sets. Each
/// test builds its own.
/// </summary>
internal sealed class CampaignHarness : IAsyncDisposable
{
    public const string TypeKey = "test-type";

    private readonly CatalogHarness _plugins;

    private CampaignHarness(CatalogHarness plugins, StorageBackend backend, IAppraisalDatabase database)
    {
        _plugins = plugins;
        Backend = backend;
        Database = database;
        Store = new CampaignStore(database);
        Tally = new TallyService(database, plugins.Catalog);
        Campaigns = new CampaignService(database, plugins.Catalog, Tally, Clock);
        Box = new BallotBox(database, plugins.Catalog, Clock);
        Reader = new BallotBoxReader(database);
        Verifier = new BoxVerifier(database);
    }

    /// <summary>
    /// A questionnaire with one per-subject item and one per-ballot item, so a ballot bound to k subjects is
    /// stored as k + 1 sheets.
    /// </summary>
    public static Questionnaire Questionnaire { get; } = new(
        [
            new Scale("grade", LocalizedText.Same("Grade"),
            [
                new ScaleOption("good", LocalizedText.Same("Good"), 100m, CountsAsSatisfied: true),
                new ScaleOption("fair", LocalizedText.Same("Fair"), 60m),
                new ScaleOption("poor", LocalizedText.Same("Poor"), 0m),
            ]),
            new Scale("yes-no", LocalizedText.Same("Yes/No"),
            [
                new ScaleOption("yes", LocalizedText.Same("Yes"), 1m),
                new ScaleOption("no", LocalizedText.Same("No"), 0m),
            ]),
        ],
        [
            new QuestionItem("overall", LocalizedText.Same("Overall"), ItemKind.Choice, ItemScope.PerSubject, "grade"),
            new QuestionItem("fair-process", LocalizedText.Same("Was the process fair?"), ItemKind.Choice, ItemScope.PerBallot, "yes-no"),
        ]);

    public FakeClock Clock { get; } = new();

    /// <summary>The store under <see cref="Database"/>: open a second instance on it to play a second host.</summary>
    public StorageBackend Backend { get; }

    public IAppraisalDatabase Database { get; }

    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    public string Provider => Database.Provider;

    public PluginCatalog Catalog => _plugins.Catalog;

    public CampaignStore Store { get; }

    public TallyService Tally { get; }

    public CampaignService Campaigns { get; }

    public BallotBox Box { get; }

    public BallotBoxReader Reader { get; }

    public BoxVerifier Verifier { get; }

    /// <summary>
    /// Starts the catalog with the fixture plugin (its manifest settings extended by <paramref name="pluginSettings"/>)
    /// and migrates a new database of <paramref name="provider"/> (<c>sqlite</c> or <c>postgres</c>).
    /// </summary>
    public static async Task<CampaignHarness> StartAsync(
        ITestOutputHelper output, IReadOnlyDictionary<string, string>? pluginSettings = null, string provider = "sqlite")
    {
        var plugins = new CatalogHarness(output);
        StorageBackend? backend = null;
        try
        {
            PluginFolders.WriteTestPlugin(plugins.DropFolder("test-plugin"), new TestPluginManifest(TypeKey: TypeKey, Settings: pluginSettings));
            await plugins.StartAsync();
            Assert.Contains(plugins.Catalog.AppraisalTypes, t => t.Key == TypeKey);
            backend = await StorageBackend.CreateAsync(provider);
            var database = await backend.OpenAsync();
            return new CampaignHarness(plugins, backend, database);
        }
        catch
        {
            if (backend is not null)
            {
                await backend.DisposeAsync();
            }

            await plugins.DisposeAsync();
            throw;
        }
    }

    /// <summary><paramref name="count"/> subjects <c>s001</c>, <c>s002</c>, …, with an <c>office</c> attribute when <paramref name="office"/> is given.</summary>
    public static Subject[] Subjects(int count, Func<int, string>? office = null) =>
        [.. Enumerable.Range(1, count).Select(i => new Subject(
            $"s{i:000}", $"成员{i}", null,
            office is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["office"] = office(i) }))];

    public static CampaignRaterGroup Group(string key, decimal? weight = 1m, int? plannedSize = null) =>
        new(new RaterGroup(key, new LocalizedText($"群体{key}", $"Group {key}"), weight, new Dictionary<string, decimal>()), plannedSize);

    /// <summary>A complete, valid ballot for <paramref name="form"/>: every subject graded, the per-ballot item answered.</summary>
    public static IReadOnlyList<Answer> AnswersFor(BallotForm form, string grade = "good", string fairProcess = "yes") =>
        [.. form.Subjects.Select(s => new Answer("overall", s.Id, [grade])), new Answer("fair-process", null, [fairProcess])];

    public Task<Campaign> CreateAsync(
        string title = "2026年度测试评议", DateOnly? opensOn = null, DateOnly? closesOn = null, int? minimumCellSize = null) =>
        Campaigns.CreateAsync(
            new CampaignDraft(TypeKey, title, "2026年度", opensOn, closesOn, Questionnaire: Questionnaire, MinimumCellSize: minimumCellSize),
            ownerAccountId: null);

    /// <summary>A draft with <paramref name="subjects"/> subjects and an unbound rater group <c>public</c> holding <paramref name="codes"/> slips.</summary>
    public async Task<(Campaign Campaign, IssuedBatch Slips)> DraftWithSlipsAsync(
        int codes, int subjects = 3, DateOnly? opensOn = null, DateOnly? closesOn = null, int? minimumCellSize = null)
    {
        var campaign = await CreateAsync(opensOn: opensOn, closesOn: closesOn, minimumCellSize: minimumCellSize);
        await Campaigns.AddSubjectsAsync(campaign.Id, Subjects(subjects));
        await Campaigns.AddRaterGroupsAsync(campaign.Id, [Group("public")]);
        var slips = await Campaigns.IssueBallotsAsync(campaign.Id, new IssueRequest("public", IssueStrategy.Slips, Count: codes));
        return (await Store.FindAsync(campaign.Id) ?? throw new InvalidOperationException("The campaign vanished."), slips);
    }

    /// <summary>Opens the code's form, fills it with <see cref="AnswersFor"/> and casts it; fails the test if it is refused.</summary>
    public async Task<BallotReceipt> CastAsync(BallotCode code, string grade = "good")
    {
        var form = await Box.OpenAsync(code.ToString());
        var outcome = await Box.CastAsync(code.ToString(), AnswersFor(form, grade));
        Assert.True(outcome.Accepted, "Refused: " + string.Join("; ", outcome.Problems.Select(p => $"{p.Code} {p.ItemKey} {p.SubjectId}")));
        return outcome.Receipt!;
    }

    public Task<CampaignRows> RowsAsync(string campaignId) =>
        Database.ReadAsync((connection, token) =>
            connection.QuerySingleAsync<CampaignRows>(new CommandDefinition(CampaignRows.QueryFor(Provider), new { campaignId }, cancellationToken: token)));

    public Task<T> ScalarAsync<T>(string sql, object? parameters = null) =>
        Database.ReadAsync((connection, token) => connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: token)))!;

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null) =>
        [.. await Database.ReadAsync((connection, token) => connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: token)))];

    /// <summary>Changes the store behind the services' back, as someone with the file or the server would; returns the rows changed.</summary>
    public Task<int> TamperAsync(string sql, object? parameters = null) => Backend.TamperAsync(sql, parameters);

    public async ValueTask DisposeAsync()
    {
        await Backend.DisposeAsync();
        await _plugins.DisposeAsync();
    }
}
