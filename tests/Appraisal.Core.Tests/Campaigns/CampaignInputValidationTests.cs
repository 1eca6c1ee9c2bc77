using Appraisal.Core.Campaigns;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>Bad input is refused as <c>INVALID_INPUT</c> naming the field (and row) at fault, and nothing is stored.</summary>
public abstract class CampaignInputValidationTests(ITestOutputHelper output, string provider)
{
    public static TheoryData<string> BadTitles => new() { "", "   ", new string('题', 201), "第一\n第二", "tab\there" };

    [Theory]
    [MemberData(nameof(BadTitles))]
    public async Task A_bad_title_is_refused_and_no_campaign_is_stored(string title)
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);

        var problem = await Assert.ThrowsAsync<CampaignProblem>(() => harness.CreateAsync(title: title));

        AssertInvalid(problem, "title");
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM campaigns"));
    }

    [Fact]
    public async Task A_title_of_200_characters_is_accepted_and_titles_are_stored_trimmed()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);

        var longest = await harness.CreateAsync(title: new string('题', 200));
        var padded = await harness.CreateAsync(title: "  第一支部 ");

        Assert.Equal(new string('题', 200), (await harness.Store.FindAsync(longest.Id))!.Title);
        Assert.Equal("第一支部", (await harness.Store.FindAsync(padded.Id))!.Title);
    }

    [Fact]
    public async Task Other_draft_fields_are_checked()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var today = harness.Clock.Today;

        AssertInvalid(await Create(new CampaignDraft("no-such-type", "标题")), "typeKey");
        AssertInvalid(await Create(new CampaignDraft(CampaignHarness.TypeKey, "标题", Period: new string('年', 101))), "period");
        AssertInvalid(await Create(new CampaignDraft(CampaignHarness.TypeKey, "标题", OpensOn: today, ClosesOn: today.AddDays(-1))), "closesOn");
        AssertInvalid(await Create(new CampaignDraft(CampaignHarness.TypeKey, "标题", MinimumCellSize: 0)), "minimumCellSize");
        AssertInvalid(await Create(new CampaignDraft(CampaignHarness.TypeKey, "标题", TemplateKey: "no-such-template")), "templateKey");
        AssertInvalid(await Create(new CampaignDraft(CampaignHarness.TypeKey, "标题", Settings: new Dictionary<string, string> { ["bad key"] = "x" })), "settings");
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM campaigns"));

        Task<CampaignProblem> Create(CampaignDraft draft) => Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.CreateAsync(draft, null));
    }

    [Fact]
    public async Task Without_a_questionnaire_the_type_template_is_used()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);

        var campaign = await harness.Campaigns.CreateAsync(new CampaignDraft(CampaignHarness.TypeKey, "标题"), "owner-1");

        var stored = (await harness.Store.FindAsync(campaign.Id))!;
        Assert.Equal(["ok"], stored.Questionnaire.Items.Select(i => i.Key));
        Assert.Equal("owner-1", stored.OwnerAccountId);
        Assert.Equal(Campaign.DefaultMinimumCellSize, stored.MinimumCellSize);
        Assert.Equal(harness.Clock.Today, stored.CreatedOn);
    }

    [Fact]
    public async Task A_duplicate_subject_id_within_the_batch_names_its_row()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.CreateAsync();
        var subjects = CampaignHarness.Subjects(3);

        var problem = await Assert.ThrowsAsync<CampaignProblem>(() =>
            harness.Campaigns.AddSubjectsAsync(campaign.Id, [subjects[0], subjects[1], subjects[2], subjects[1] with { Name = "另一个" }]));

        AssertInvalid(problem, "subjects[3].id");
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM subjects"));
    }

    [Fact]
    public async Task A_subject_id_that_already_exists_names_its_row_and_the_batch_adds_nothing()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.CreateAsync();
        var subjects = CampaignHarness.Subjects(4);
        await harness.Campaigns.AddSubjectsAsync(campaign.Id, [subjects[0], subjects[1]]);
        var before = await harness.RowsAsync(campaign.Id);

        var problem = await Assert.ThrowsAsync<CampaignProblem>(() =>
            harness.Campaigns.AddSubjectsAsync(campaign.Id, [subjects[2], subjects[3], subjects[1]]));

        AssertInvalid(problem, "subjects[2].id");
        Assert.Equal(before, await harness.RowsAsync(campaign.Id));
        Assert.Equal(["s001", "s002"], (await harness.Store.SubjectsAsync(campaign.Id)).Select(s => s.Id));
    }

    [Fact]
    public async Task Bad_subject_rows_name_the_row_and_the_field()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.CreateAsync();
        var good = CampaignHarness.Subjects(1)[0];
        var none = new Dictionary<string, string>();

        AssertInvalid(await Add([good, new Subject(" s2", "名", null, none)]), "subjects[1].id");
        AssertInvalid(await Add([good, new Subject(new string('x', 65), "名", null, none)]), "subjects[1].id");
        AssertInvalid(await Add([good, new Subject("s2", " ", null, none)]), "subjects[1].name");
        AssertInvalid(await Add([new Subject("s2", "名", "", none)]), "subjects[0].unitClass");
        AssertInvalid(await Add([new Subject("s2", "名", null, new Dictionary<string, string> { ["no spaces"] = "x" })]), "subjects[0].attributes");
        AssertInvalid(await Add([]), "subjects");
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM subjects"));

        Task<CampaignProblem> Add(Subject[] subjects) => Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.AddSubjectsAsync(campaign.Id, subjects));
    }

    [Fact]
    public async Task Bad_rater_groups_name_the_group_and_the_field()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.CreateAsync();
        var good = CampaignHarness.Group("members");
        var noWeights = new Dictionary<string, decimal>();

        AssertInvalid(await Add([good, CampaignHarness.Group("has space")]), "raterGroups[1].key");
        AssertInvalid(await Add([CampaignHarness.Group("")]), "raterGroups[0].key");
        AssertInvalid(await Add([CampaignHarness.Group(new string('k', 65))]), "raterGroups[0].key");
        AssertInvalid(await Add([good, CampaignHarness.Group("members")]), "raterGroups[1].key");
        AssertInvalid(await Add([good, CampaignHarness.Group("neg", weight: -0.1m)]), "raterGroups[1].weight");
        AssertInvalid(await Add([CampaignHarness.Group("big", weight: 1000.5m)]), "raterGroups[0].weight");
        AssertInvalid(await Add([new CampaignRaterGroup(
            new RaterGroup("by-class", LocalizedText.Same("By class"), 1m, new Dictionary<string, decimal> { ["A"] = 1m, ["B"] = -1m }), null)]), "raterGroups[0].weight");
        AssertInvalid(await Add([new CampaignRaterGroup(new RaterGroup("nameless", new LocalizedText("群体", " "), 1m, noWeights), null)]), "raterGroups[0].name");
        AssertInvalid(await Add([CampaignHarness.Group("planned", plannedSize: -1)]), "raterGroups[0].plannedSize");
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM rater_groups"));

        Task<CampaignProblem> Add(CampaignRaterGroup[] groups) => Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.AddRaterGroupsAsync(campaign.Id, groups));
    }

    [Fact]
    public async Task A_rater_group_key_that_already_exists_names_its_group_and_the_batch_adds_nothing()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.CreateAsync();
        await harness.Campaigns.AddRaterGroupsAsync(campaign.Id, [CampaignHarness.Group("members")]);
        var before = await harness.RowsAsync(campaign.Id);

        var problem = await Assert.ThrowsAsync<CampaignProblem>(() =>
            harness.Campaigns.AddRaterGroupsAsync(campaign.Id, [CampaignHarness.Group("public"), CampaignHarness.Group("members")]));

        AssertInvalid(problem, "raterGroups[1].key");
        Assert.Equal(before, await harness.RowsAsync(campaign.Id));
    }

    [Fact]
    public async Task Zero_weights_and_advisory_groups_are_accepted_and_stored_exactly()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.CreateAsync();

        await harness.Campaigns.AddRaterGroupsAsync(campaign.Id,
        [
            CampaignHarness.Group("advisory", weight: null),
            CampaignHarness.Group("zero", weight: 0m),
            new CampaignRaterGroup(new RaterGroup("by-class", LocalizedText.Same("By class"), 0.35m, new Dictionary<string, decimal> { ["A"] = 0.125m }), 40),
        ]);

        var groups = await harness.Store.RaterGroupsAsync(campaign.Id);
        Assert.Equal(["advisory", "zero", "by-class"], groups.Select(g => g.Group.Key));
        Assert.True(groups[0].Group.IsAdvisory);
        Assert.Equal(0m, groups[1].Group.Weight);
        Assert.Equal(0.35m, groups[2].Group.Weight);
        Assert.Equal(0.125m, groups[2].Group.WeightFor("A"));
        Assert.Equal(40, groups[2].PlannedSize);
    }

    public static TheoryData<string, string> BadQuestionnaires => new()
    {
        { "duplicate-item", "questionnaire.items[1]" },
        { "unknown-scale", "questionnaire.items[1]" },
        { "condition-on-later-item", "questionnaire.items[0]" },
        { "condition-on-missing-option", "questionnaire.items[1]" },
        { "condition-on-text-item", "questionnaire.items[1]" },
        { "duplicate-scale", "questionnaire.scales[1]" },
        { "duplicate-option", "questionnaire.scales[0]" },
        { "no-items", "questionnaire.items" },
    };

    [Theory]
    [MemberData(nameof(BadQuestionnaires))]
    public async Task A_bad_questionnaire_is_refused_at_create_with_the_item_at_fault(string fault, string field)
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);

        var problem = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.CreateAsync(
            new CampaignDraft(CampaignHarness.TypeKey, "标题", Questionnaire: Faulty(fault)), null));

        AssertInvalid(problem, field);
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM campaigns"));
    }

    [Theory]
    [MemberData(nameof(BadQuestionnaires))]
    public async Task A_bad_questionnaire_is_refused_when_replacing_it_and_the_old_one_stays(string fault, string field)
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.CreateAsync();
        var before = await harness.RowsAsync(campaign.Id);

        var problem = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.SetQuestionnaireAsync(campaign.Id, Faulty(fault)));

        AssertInvalid(problem, field);
        Assert.Equal(before, await harness.RowsAsync(campaign.Id));
    }

    [Fact]
    public async Task A_condition_on_an_earlier_item_and_its_options_is_accepted()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.CreateAsync();
        var questionnaire = new Questionnaire(
            CampaignHarness.Questionnaire.Scales,
            [
                Choice("overall", "grade", ItemScope.PerSubject),
                Choice("why", "yes-no", ItemScope.PerSubject) with { ShowWhen = new ItemCondition("overall", ["poor", "fair"]) },
            ]);

        var updated = await harness.Campaigns.SetQuestionnaireAsync(campaign.Id, questionnaire);

        Assert.Equal(campaign.Revision + 1, updated.Revision);
        Assert.Equal(["overall", "why"], (await harness.Store.FindAsync(campaign.Id))!.Questionnaire.Items.Select(i => i.Key));
    }

    private static void AssertInvalid(CampaignProblem problem, string field)
    {
        Assert.Equal("INVALID_INPUT", problem.Code);
        Assert.Equal(field, problem.Field);
    }

    private static QuestionItem Choice(string key, string scale, ItemScope scope = ItemScope.PerBallot) =>
        new(key, LocalizedText.Same(key), ItemKind.Choice, scope, scale);

    private static Questionnaire Faulty(string fault)
    {
        var scales = CampaignHarness.Questionnaire.Scales;
        return fault switch
        {
            "duplicate-item" => new(scales, [Choice("a", "grade"), Choice("a", "yes-no")]),
            "unknown-scale" => new(scales, [Choice("a", "grade"), Choice("b", "stars")]),
            "condition-on-later-item" => new(scales,
                [Choice("a", "grade") with { ShowWhen = new ItemCondition("b", ["yes"]) }, Choice("b", "yes-no")]),
            "condition-on-missing-option" => new(scales,
                [Choice("a", "grade"), Choice("b", "yes-no") with { ShowWhen = new ItemCondition("a", ["good", "excellent"]) }]),
            "condition-on-text-item" => new(scales,
                [new QuestionItem("a", LocalizedText.Same("a"), ItemKind.Text, ItemScope.PerBallot), Choice("b", "yes-no") with { ShowWhen = new ItemCondition("a", ["yes"]) }]),
            "duplicate-scale" => new([scales[0], scales[0]], [Choice("a", "grade")]),
            "duplicate-option" => new(
                [new Scale("s", LocalizedText.Same("s"), [new ScaleOption("x", LocalizedText.Same("x"), 1m), new ScaleOption("x", LocalizedText.Same("y"), 2m)])],
                [Choice("a", "s")]),
            "no-items" => new(scales, []),
            _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
        };
    }
}
