using Appraisal.Core.Plugins;

namespace Appraisal.Core.Tests.Plugins;

public sealed class VersionRangeTests
{
    [Theory]
    [InlineData(">=1.0.0 <2.0.0", "1.0.0", true)]
    [InlineData(">=1.0.0 <2.0.0", "1.9.99", true)]
    [InlineData(">=1.0.0 <2.0.0", "2.0.0", false)]
    [InlineData(">=1.0.0 <2.0.0", "0.9.9", false)]
    [InlineData(">1.0.0", "1.0.0", false)]
    [InlineData(">1.0.0", "1.0.1", true)]
    [InlineData("<=1.0.0", "1.0.0", true)]
    [InlineData("<=1.0.0", "1.0.1", false)]
    [InlineData("=1.2.3", "1.2.3", true)]
    [InlineData("=1.2.3", "1.2.4", false)]
    [InlineData("1.2.3", "1.2.3", true)]
    [InlineData(">=1.0 <2.0", "1.5.0", true)]
    [InlineData(">=1 <2", "2.0.0", false)]
    [InlineData("  >=1.0.0    <2.0.0  ", "1.0.0", true)]
    [InlineData(">=2.0.0 <3.0.0", "1.0.0", false)]
    public void Every_comparator_must_hold(string range, string version, bool included) =>
        Assert.Equal(included, VersionRange.Parse(range).Includes(SemanticVersion.Parse(version)));

    [Fact]
    public void Pre_releases_compare_by_precedence()
    {
        var range = VersionRange.Parse(">=1.0.0 <2.0.0");

        Assert.True(range.Includes(SemanticVersion.Parse("2.0.0-rc.1")));
        Assert.False(range.Includes(SemanticVersion.Parse("1.0.0-rc.1")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("~1.0.0")]
    [InlineData("^1.0.0")]
    [InlineData(">=abc")]
    [InlineData(">= 1.0.0")]
    [InlineData(">=1.0.0 || <0.5.0")]
    [InlineData(">=1.0.0,<2.0.0")]
    public void Malformed_ranges_are_rejected(string text) =>
        Assert.False(VersionRange.TryParse(text, out _, out _));

    [Fact]
    public void The_error_names_the_bad_comparator()
    {
        Assert.False(VersionRange.TryParse(">=1.0.0 ~2", out _, out var error));

        Assert.Contains("\"~2\"", error);
    }

    [Fact]
    public void Short_versions_are_printed_in_full() =>
        Assert.Equal(">=1.0.0 <2.0.0", VersionRange.Parse(">=1.0 <2").ToString());
}
