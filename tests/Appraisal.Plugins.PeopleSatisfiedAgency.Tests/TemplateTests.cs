using Appraisal.PluginApi.Questionnaires;
using static Appraisal.Plugins.PeopleSatisfiedAgency.Tests.Fixture;

namespace Appraisal.Plugins.PeopleSatisfiedAgency.Tests;

/// <summary>The questionnaire templates (DOMAIN §3.3) and the template settings.</summary>
public sealed class TemplateTests
{
    [Fact]
    public void The_default_template_asks_the_six_core_indicators()
    {
        var items = Core.Items.Where(i => i.Kind == ItemKind.Choice).Select(i => i.Text.ZhCn);

        Assert.Equal(["服务态度", "办事效率", "依法行政", "廉洁自律", "政务公开", "作风建设"], items);
        Assert.Equal("core-indicators", AgencyType.Templates[0].Key);
    }

    [Fact]
    public void The_alternatives_are_the_indicator_lists_of_DOMAIN()
    {
        Assert.Equal(["core-indicators", "five-items-equal", "public-service-weighted", "three-combined", "duties-five"],
            AgencyType.Templates.Select(t => t.Key));
        var weighted = AgencyType.Templates.Single(t => t.Key == "public-service-weighted").Questionnaire;
        Assert.Equal([20m, 20m, 20m, 40m], weighted.Items.Where(i => i.Kind == ItemKind.Choice).Select(i => i.Weight));
    }

    [Fact]
    public void The_scale_maps_100_85_70_40_and_dont_know_scores_nothing()
    {
        var scale = Assert.Single(Core.Scales);

        Assert.Equal(["满意", "比较满意", "基本满意", "不满意", "不了解"], scale.Options.Select(o => o.Label.ZhCn));
        Assert.Equal([100m, 85m, 70m, 40m, null], scale.Options.Select(o => o.Value));
        Assert.True(scale.Options[^1].IsAbstain);
        Assert.True(scale.Options[3].AsksReason);
    }

    [Fact]
    public void After_dissatisfied_each_indicator_asks_why_for_the_same_agency()
    {
        var reason = Core.FindItem("attitude-reason")!;

        Assert.Equal((ItemKind.Text, ItemScope.PerSubject, false), (reason.Kind, reason.Scope, reason.Required));
        Assert.Equal("attitude", reason.ShowWhen!.ItemKey);
        Assert.Equal(["dissatisfied"], reason.ShowWhen.OptionKeys);
        Assert.Equal(6, Core.Items.Count(i => i.ShowWhen is not null));
    }

    [Fact]
    public void Mapping_dont_know_and_required_reasons_are_settings()
    {
        var type = TypeWith(new() { ["mapping"] = "100, 80, 60, 30", ["dontKnowOption"] = "false", ["reasonRequired"] = "true" });
        var questionnaire = type.Templates[0].Questionnaire;

        Assert.Equal([100m, 80m, 60m, 30m], questionnaire.Scales[0].Options.Select(o => o.Value));
        Assert.True(questionnaire.FindItem("lawful-reason")!.Required);
    }

    [Fact]
    public void A_bad_mapping_stops_the_plugin_with_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => TypeWith(new() { ["mapping"] = "100,85,70" }));

        Assert.Contains("mapping", error.Message, StringComparison.Ordinal);
    }
}
