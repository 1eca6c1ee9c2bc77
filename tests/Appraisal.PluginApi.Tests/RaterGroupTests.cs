using Appraisal.PluginApi.Ballots;

namespace Appraisal.PluginApi.Tests;

public sealed class RaterGroupTests
{
    [Fact]
    public void A_group_without_weights_is_advisory()
    {
        var masses = new RaterGroup("masses", new LocalizedText("群众", "Citizens"), null, new Dictionary<string, decimal>());

        Assert.True(masses.IsAdvisory);
        Assert.Null(masses.WeightFor("government"));
    }

    [Fact]
    public void A_weight_for_the_unit_class_overrides_the_default_weight()
    {
        var recipients = new RaterGroup("recipients", new LocalizedText("服务对象", "Service recipients"), 0.5m,
            new Dictionary<string, decimal> { ["party"] = 0.3m });

        Assert.False(recipients.IsAdvisory);
        Assert.Equal(0.3m, recipients.WeightFor("party"));
        Assert.Equal(0.5m, recipients.WeightFor("government"));
        Assert.Equal(0.5m, recipients.WeightFor(null));
    }
}
