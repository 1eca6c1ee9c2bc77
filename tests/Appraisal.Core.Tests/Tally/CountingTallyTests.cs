using System.Security.Cryptography;
using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Tests.Campaigns;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;
using Dapper;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Tally;

/// <summary>
/// The tally's counting path (<see cref="Core.Tally.TallyService.ReadBoxAsync"/>): option counts and sheet scores
/// counted by the host straight from the stored bytes, over threads, must be exactly what counting the decoded ballots
/// one by one gives (<see cref="OptionTally"/>, <see cref="SheetScores.Of"/>), for boxes mixing compact and JSON sheets.
/// </summary>
public abstract class CountingTallyTests(ITestOutputHelper output, string provider)
{
    private static readonly string[] Groups = ["public", "public", "public", "experts", "unlisted"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Counting_the_stored_bytes_equals_counting_the_ballots_one_by_one(int seed)
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.Campaigns.CreateAsync(new CampaignDraft(CampaignHarness.TypeKey, "计票", "2026年度", Questionnaire: Form), null);
        await harness.Campaigns.AddSubjectsAsync(campaign.Id, CampaignHarness.Subjects(4));
        var keys = SheetKeys.Of(Form, await harness.Store.SubjectsAsync(campaign.Id));
        var random = new Random(seed);
        var sheets = Enumerable.Range(0, 3000).Select(_ => (Group: Groups[random.Next(Groups.Length)], Answers: RandomAnswers(random))).ToArray();
        await InsertAsync(harness, campaign.Id, sheets.Select(s => (s.Group, random.Next(3) == 0 ? BallotSheetCodec.Encode(s.Answers) : SheetStorage.Store(s.Group, s.Answers, keys).Stored)));

        var box = await harness.Tally.ReadBoxAsync(campaign.Id);

        var ballots = sheets.Select(s => new AnonymousBallot(s.Group, s.Answers)).ToArray();
        Assert.NotNull(box.Options);
        Assert.NotNull(box.Scores);
        Assert.Equal(sheets.Length, box.Ballots.Count);
        var oneByOne = SheetScores.Of(Form, ballots);
        Assert.Equal(Normalised(oneByOne), Normalised(box.Scores));
        Assert.Equal(oneByOne.SheetsPerGroup.OrderBy(g => g.Key), box.Scores.SheetsPerGroup.OrderBy(g => g.Key));
        Assert.True(box.Scores.Scores.Count > 100, "a box this varied gives many distinct sheet scores");

        var listed = new OptionTally(ballots);
        foreach (var group in Groups.Distinct().Append(null))
        {
            foreach (var subject in new[] { null, "s001", "s002", "s003", "s004" })
            {
                foreach (var item in Form.Items)
                {
                    Assert.Equal(listed.Answered(group, item.Key, subject), box.Options.Answered(group, item.Key, subject));
                    foreach (var option in Form.FindScale(item.ScaleKey)?.Options ?? [])
                    {
                        Assert.Equal(listed.Count(group, item.Key, subject, option.Key), box.Options.Count(group, item.Key, subject, option.Key));
                    }
                }
            }
        }
    }

    [Fact]
    public async Task The_aggregator_of_a_large_box_may_take_longer_than_a_plugin_call()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);

        Assert.Equal(harness.Catalog.CallTimeout, harness.Tally.AggregationTimeout(0));
        Assert.True(harness.Tally.AggregationTimeout(1_000_000) >= harness.Catalog.CallTimeout + TimeSpan.FromSeconds(100));
        Assert.True(harness.Tally.AggregationTimeout(2_000_000) > harness.Tally.AggregationTimeout(1_000_000));
    }

    [Fact]
    public async Task A_sheet_outside_the_questionnaire_leaves_the_counting_to_the_aggregator()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.Campaigns.CreateAsync(new CampaignDraft(CampaignHarness.TypeKey, "计票", "2026年度", Questionnaire: Form), null);
        await harness.Campaigns.AddSubjectsAsync(campaign.Id, CampaignHarness.Subjects(2));
        var keys = SheetKeys.Of(Form, await harness.Store.SubjectsAsync(campaign.Id));
        await InsertAsync(harness, campaign.Id,
        [
            ("public", SheetStorage.Store("public", [new Answer("attitude", "s001", ["very"])], keys).Stored),
            ("public", BallotSheetCodec.Encode([new Answer("retired-item", "s001", ["very"])])),
        ]);

        var box = await harness.Tally.ReadBoxAsync(campaign.Id);

        Assert.Null(box.Options);
        Assert.Null(box.Scores);
        Assert.Equal(["attitude", "retired-item"], box.Ballots.SelectMany(b => b.Answers).Select(a => a.ItemKey).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Three scored items of different weights (one with an abstention, one with an option worth nothing), a checklist,
    /// a text item and a per-ballot choice, so sheet scores combine several items.
    /// </summary>
    private static Questionnaire Form { get; } = new(
        [
            new Scale("five", LocalizedText.Same("five"),
            [
                new ScaleOption("very", LocalizedText.Same("very"), 100m),
                new ScaleOption("fairly", LocalizedText.Same("fairly"), 85.5m),
                new ScaleOption("no", LocalizedText.Same("no"), 0m),
                new ScaleOption("unknown", LocalizedText.Same("unknown"), null, IsAbstain: true),
            ]),
            new Scale("ticks", LocalizedText.Same("ticks"),
            [
                new ScaleOption("late", LocalizedText.Same("late"), null),
                new ScaleOption("rude", LocalizedText.Same("rude"), 1m),
            ]),
        ],
        [
            new QuestionItem("attitude", LocalizedText.Same("attitude"), ItemKind.Choice, ItemScope.PerSubject, "five", Weight: 0.5m),
            new QuestionItem("conduct", LocalizedText.Same("conduct"), ItemKind.Choice, ItemScope.PerSubject, "five", Weight: 0.3m),
            new QuestionItem("lawful", LocalizedText.Same("lawful"), ItemKind.Choice, ItemScope.PerSubject, "five", Weight: 0.2m),
            new QuestionItem("unscored", LocalizedText.Same("unscored"), ItemKind.Choice, ItemScope.PerSubject, "five", Weight: 0m),
            new QuestionItem("issues", LocalizedText.Same("issues"), ItemKind.Checklist, ItemScope.PerSubject, "ticks"),
            new QuestionItem("reason", LocalizedText.Same("reason"), ItemKind.Text, ItemScope.PerSubject),
            new QuestionItem("overall", LocalizedText.Same("overall"), ItemKind.Choice, ItemScope.PerBallot, "five"),
        ]);

    /// <summary>Any cells of <see cref="Form"/>, any options (a choice may also hold none or two), texts now and then.</summary>
    private static List<Answer> RandomAnswers(Random random)
    {
        var answers = new List<Answer>();
        foreach (var item in Form.Items)
        {
            var options = Form.FindScale(item.ScaleKey)?.Options.Select(o => o.Key).ToArray() ?? [];
            foreach (var subject in item.Scope == ItemScope.PerBallot ? [null] : new string?[] { "s001", "s002", "s003", "s004" })
            {
                if (random.Next(5) == 0)
                {
                    continue;
                }

                var chosen = options.Length == 0 ? [] : options.Where(_ => random.Next(options.Length) == 0).OrderBy(_ => random.Next()).ToArray();
                answers.Add(new Answer(item.Key, subject, chosen, random.Next(10) == 0 ? $"意见{random.Next(3)}" : null));
            }
        }

        return answers;
    }

    /// <summary>Each sheet score as one comparable line, sorted.</summary>
    private static string[] Normalised(SheetScores scores) =>
        [.. scores.Scores.Select(s => $"{s.RaterGroup}|{s.SubjectId}|{s.Points / s.Weight}|{s.Points}|{s.Weight}|{s.Sheets}").Order(StringComparer.Ordinal)];

    /// <summary>Stores sheets as casting would, without codes or receipts (the tally reads neither), in one transaction.</summary>
    private static Task InsertAsync(CampaignHarness harness, string campaignId, IEnumerable<(string Group, byte[] Stored)> sheets) =>
        harness.Database.WriteAsync((connection, transaction, token) => connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO ballots (campaign_id, ballot_id, group_key, answers, digest) VALUES (@campaignId, @Id, @Group, @Stored, @Digest)",
            sheets.Select(s => new { campaignId, Id = RandomNumberGenerator.GetBytes(16), s.Group, s.Stored, Digest = new byte[32] }).ToArray(),
            transaction, cancellationToken: token)));
}
