using System.Text.Json.Nodes;
using Appraisal.PluginApi.Distribution;

namespace Appraisal.Plugins.DemocraticReview.Tests;

public sealed class ManifestTests
{
    private static JsonNode Manifest => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plugin.json")))!;

    [Fact]
    public void The_manifest_documents_every_setting_with_the_defaults_the_code_uses()
    {
        var settings = Manifest["settings"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        var help = Manifest["settingsHelp"]!.AsObject().Select(p => p.Key).Where(k => k != "_");

        Assert.Equal("1.1.0", Manifest["version"]!.GetValue<string>());
        Assert.Equal(ReviewSettings.Defaults.Append(new("subjectsPerRater", "0")).OrderBy(p => p.Key), settings.OrderBy(p => p.Key));
        Assert.Equal(settings.Keys.Order(), help.Order());
    }

    [Fact]
    public void Small_branches_get_one_code_per_rater_and_large_ones_a_balanced_share()
    {
        Assert.Equal(DistributionStrategies.OnePerRater, Fixture.Type().Distribution.Strategy);

        var large = Fixture.Type(new Dictionary<string, string> { ["subjectsPerRater"] = "8" }).Distribution;
        Assert.Equal(DistributionStrategies.BalancedPeer, large.Strategy);
        Assert.Equal("8", large.Options["subjectsPerRater"]);
    }
}
