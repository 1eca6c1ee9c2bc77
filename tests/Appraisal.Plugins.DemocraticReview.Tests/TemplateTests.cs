using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.DemocraticReview.Tests;

public sealed class TemplateTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Theory]
    [InlineData("standard")]
    [InlineData("with-dimensions")]
    public void The_seed_file_is_the_template_in_code(string key)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", key + ".json"));

        var seed = JsonSerializer.Deserialize<QuestionnaireTemplate>(text, Json);

        // Records holding lists compare lists by reference, so compare what both serialize to.
        var code = Assert.Single(Fixture.Type().Templates, t => t.Key == key);
        Assert.True(JsonNode.DeepEquals(JsonSerializer.SerializeToNode(code, Json), JsonSerializer.SerializeToNode(seed, Json)),
            $"seeds/democratic-review/{key}.json differs from DemocraticReviewTemplate");
    }

    [Fact]
    public void Every_member_is_graded_on_the_four_current_levels_with_no_points()
    {
        var questionnaire = Fixture.Standard;
        var grade = questionnaire.FindItem("grade")!;
        var scale = questionnaire.FindScale(grade.ScaleKey)!;

        Assert.Equal((ItemKind.Choice, ItemScope.PerSubject), (grade.Kind, grade.Scope));
        Assert.Equal(["优秀", "合格", "基本合格", "不合格"], scale.Options.Select(o => o.Label.ZhCn));
        Assert.All(scale.Options, o => Assert.Null(o.Value));
        // Required per 正式党员 by the rules: the host cannot tell 预备党员 apart (see DemocraticReviewRules).
        Assert.False(grade.Required);
    }

    [Fact]
    public void The_ten_warning_signs_and_the_problems_are_optional_per_member()
    {
        var questionnaire = Fixture.Standard;
        var signs = questionnaire.FindItem("negative-signs")!;
        var problems = questionnaire.FindItem("problems")!;

        Assert.Equal((ItemKind.Checklist, ItemScope.PerSubject, false), (signs.Kind, signs.Scope, signs.Required));
        Assert.Equal(10, questionnaire.FindScale(signs.ScaleKey)!.Options.Count);
        Assert.Contains("理想信念动摇", questionnaire.FindScale(signs.ScaleKey)!.Options.Select(o => o.Label.ZhCn));
        Assert.Equal((ItemKind.Text, ItemScope.PerSubject, false, null), (problems.Kind, problems.Scope, problems.Required, problems.ShowWhen));
    }

    [Fact]
    public void The_branch_committee_is_rated_once_per_ballot_with_only_the_overall_rating_required()
    {
        var committee = Fixture.Standard.Items.Where(i => i.Scope == ItemScope.PerBallot).ToArray();

        Assert.Equal(["committee-overall", "committee-party-life", "committee-education", "committee-service", "committee-integrity"],
            committee.Select(i => i.Key));
        Assert.Equal(["committee-overall"], committee.Where(i => i.Required).Select(i => i.Key));
        Assert.True(Fixture.Standard.FindScale("committee")!.FindOption("unknown")!.IsAbstain);
    }

    [Fact]
    public void The_dimension_template_adds_five_optional_ratings_per_member()
    {
        var template = Assert.Single(Fixture.Type().Templates, t => t.Key == "with-dimensions");
        var standardKeys = Fixture.Standard.Items.Select(i => i.Key).ToHashSet();

        var added = template.Questionnaire.Items.Where(i => !standardKeys.Contains(i.Key)).ToArray();

        Assert.Equal(["理想信念", "宗旨意识", "先锋模范作用", "遵规守纪", "工作作风"], added.Select(i => i.Text.ZhCn));
        Assert.All(added, i => Assert.Equal((ItemKind.Choice, ItemScope.PerSubject, false), (i.Kind, i.Scope, i.Required)));
    }
}
