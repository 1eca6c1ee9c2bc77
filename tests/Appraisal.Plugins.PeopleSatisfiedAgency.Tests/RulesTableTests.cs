using Appraisal.PluginApi.Ballots;
using static Appraisal.Plugins.PeopleSatisfiedAgency.Tests.Fixture;

namespace Appraisal.Plugins.PeopleSatisfiedAgency.Tests;

/// <summary>The report names every rule, weight and mapping it applied (DOMAIN §2.2 (b), §3.2).</summary>
public sealed class RulesTableTests
{
    [Fact]
    public void Every_rule_is_named()
    {
        RaterGroup[] groups = [Group("service", 0.5m, (PartyMass, 0.3m)), Group("a.b", 0.5m), Group("public", null)];

        var (report, details) = Run([Agency("tax", Government, ("veto", "特别重大责任事故"))], groups, [],
            new() { ["trim.groups"] = "peers", ["weight.a"] = "0.5" });

        Assert.Equal(
            ["mapping", "indicator-weights", "group-score", "trim", "weight", "weight", "weight", "nesting", "composite", "minimum", "rounding", "tiers", "ranking", "veto"],
            details.Rules.Select(r => r.Key));
        string Rule(string key) => details.Rules.First(r => r.Key == key).ZhCn;
        Assert.Equal("满意程度：满意 100 分，比较满意 85 分，基本满意 70 分，不满意 40 分，不了解 不计分、不计入分母", Rule("mapping"));
        Assert.Equal("service组（service）：权重 0.5；党群部门 0.3", Rule("weight"));
        Assert.Contains("参考，不计入综合得分", details.Rules[6].ZhCn, StringComparison.Ordinal);
        Assert.Equal("≥85 满意；≥75 比较满意；≥60 基本满意；其余 不满意", Rule("tiers"));
        Assert.Contains("a 0.5（设置 weight.a）", Rule("nesting"), StringComparison.Ordinal);
        Assert.Contains("peers", Rule("trim"), StringComparison.Ordinal);
        Assert.Contains("（1、2、2、4）", Rule("ranking"), StringComparison.Ordinal);
        Assert.Contains("tax局（特别重大责任事故）", Rule("veto"), StringComparison.Ordinal);
        Assert.Equal(details.Rules.Count, report.Table("rules").Rows.Count);
        Assert.All(details.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.En)));
    }

    [Theory]
    [InlineData("tiers.thresholds", "60,75,85")]
    [InlineData("tiers.names", "满意,不满意")]
    [InlineData("ranking.ties", "olympic")]
    [InlineData("trim.percent", "50")]
    [InlineData("weight.a", "heavy")]
    [InlineData("minBallots", "-1")]
    public void A_bad_setting_is_refused_by_name(string key, string value)
    {
        var error = Assert.Throws<ArgumentException>(() => Run([Agency("tax")], [Group("service", 1m)], [], new() { [key] = value }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Campaign_settings_override_the_plugins()
    {
        var type = TypeWith(new() { ["tiers.thresholds"] = "90,80,70" });
        var sheets = Enumerable.Repeat(Sheet("service", "tax", "F"), 3);

        var (_, byPlugin) = Run([Agency("tax")], [Group("service", 1m)], sheets, type: type);
        var (_, byCampaign) = Run([Agency("tax")], [Group("service", 1m)], sheets, new() { ["tiers.thresholds"] = "85,75,60" }, type: type);

        Assert.Equal("比较满意", byPlugin.Of("tax").Tier); // 85 < 90
        Assert.Equal("满意", byCampaign.Of("tax").Tier);
    }
}
