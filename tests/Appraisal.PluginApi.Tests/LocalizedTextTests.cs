using System.Globalization;

namespace Appraisal.PluginApi.Tests;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Excellent = new("优秀", "Excellent");

    [Theory]
    [InlineData("en", "Excellent")]
    [InlineData("en-GB", "Excellent")]
    [InlineData("zh-CN", "优秀")]
    [InlineData("fr", "优秀")]
    public void Chooses_English_only_for_English_cultures(string culture, string expected) =>
        Assert.Equal(expected, Excellent.For(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Falls_back_to_Chinese_when_the_English_text_is_missing() =>
        Assert.Equal("优秀", new LocalizedText("优秀", "").For(CultureInfo.GetCultureInfo("en")));
}
