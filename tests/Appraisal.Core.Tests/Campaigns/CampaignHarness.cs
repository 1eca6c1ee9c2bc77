using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Plugins;
using Appraisal.Core.Storage;
using Appraisal.Core.Tally;
using Appraisal.Core.Tests.Plugins;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Dapper;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>
/// The campaign services over a real, migrated SQLite database in a temporary directory and a plugin catalog
/// serving the fixture type, with a clock the test sets. Each test builds its own.
/// </summary>
internal sealed class CampaignHarness : IAsyncDisposable
{
    public const string TypeKey = "test-type";

    private readonly CatalogHarness _plugins;

    private CampaignHarness(CatalogHarness plugins, SqliteDatabase database)
    {
        _plugins = plugins;
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

    public SqliteDatabase Database { get; }

    public PluginCatalog Catalog => _plugins.Catalog;

    public CampaignStore Store { get; }

    public TallyService Tally { get; }

    public CampaignService Campaigns { get; }

    public BallotBox Box { get; }

    public BallotBoxReader Reader { get; }

    public BoxVerifier Verifier { get; }

    /// <summary>Starts the catalog with the fixture plugin (its manifest settings extended by <paramref name="pluginSettings"/>) and migrates a new database.</summary>
    public static async Task<CampaignHarness> StartAsync(ITestOutputHelper output, IReadOnlyDictionary<string, string>? pluginSettings = null)
    {
        var plugins = new CatalogHarness(output);
        SqliteDatabase? database = null;
        try
        {
            PluginFolders.WriteTestPlugin(plugins.DropFolder("test-plugin"), new TestPluginManifest(TypeKey: TypeKey, Settings: pluginSettings));
            await plugins.StartAsync();
            Assert.Contains(plugins.Catalog.AppraisalTypes, t => t.Key == TypeKey);
            database = new SqliteDatabase(plugins.Root.Combine("data"));
            await database.MigrateAsync();
            return new CampaignHarness(plugins, database);
        }
        catch
        {
            if (database is not null)
            {
                await database.DisposeAsync();
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
            connection.QuerySingleAsync<CampaignRows>(new CommandDefinition(CampaignRows.Query, new { campaignId }, cancellationToken: token)));

    public Task<T> ScalarAsync<T>(string sql, object? parameters = null) =>
        Database.ReadAsync((connection, token) => connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: token)))!;

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null) =>
        [.. await Database.ReadAsync((connection, token) => connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: token)))];

    /// <summary>Changes the database file behind the services' back, as someone with the file would; returns the rows changed.</summary>
    public async Task<int> TamperAsync(string sql, object? parameters = null)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Database.FilePath, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return await connection.ExecuteAsync(sql, parameters);
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await _plugins.DisposeAsync();
    }
}
