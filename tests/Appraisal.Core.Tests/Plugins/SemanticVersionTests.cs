using Appraisal.Core.Plugins;

namespace Appraisal.Core.Tests.Plugins;

public sealed class SemanticVersionTests
{
    [Theory]
    [InlineData("0.0.0")]
    [InlineData("1.2.3")]
    [InlineData("10.20.30")]
    [InlineData("1.0.0-alpha")]
    [InlineData("1.0.0-alpha.1")]
    [InlineData("1.0.0-0.3.7")]
    [InlineData("1.0.0-x.7.z.92")]
    [InlineData("1.0.0-x-y-z.--")]
    [InlineData("1.0.0+20130313144700")]
    [InlineData("1.0.0-beta+exp.sha.5114f85")]
    public void Valid_versions_parse_and_print_unchanged(string text) =>
        Assert.Equal(text, SemanticVersion.Parse(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.2")]
    [InlineData("1.2.3.4")]
    [InlineData("01.2.3")]
    [InlineData("1.02.3")]
    [InlineData("1.2.03")]
    [InlineData("1.2.3-")]
    [InlineData("1.2.3-01")]
    [InlineData("1.2.3-alpha..1")]
    [InlineData("1.2.3+")]
    [InlineData("1.2.3-al$pha")]
    [InlineData("v1.2.3")]
    [InlineData(" 1.2.3")]
    [InlineData("-1.2.3")]
    [InlineData("99999999999.0.0")]
    [InlineData("abc")]
    public void Invalid_versions_are_rejected(string text) =>
        Assert.False(SemanticVersion.TryParse(text, out _));

    [Fact]
    public void Precedence_follows_the_specification_example()
    {
        // https://semver.org/#spec-item-11, in ascending order.
        string[] ascending =
        [
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
            "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0", "10.0.0",
        ];

        for (var i = 0; i + 1 < ascending.Length; i++)
        {
            var lower = SemanticVersion.Parse(ascending[i]);
            var higher = SemanticVersion.Parse(ascending[i + 1]);
            Assert.True(lower < higher, $"{lower} < {higher}");
            Assert.True(higher > lower, $"{higher} > {lower}");
        }
    }

    [Fact]
    public void Build_metadata_takes_no_part_in_precedence_or_equality()
    {
        var plain = SemanticVersion.Parse("1.0.0");
        var built = SemanticVersion.Parse("1.0.0+build.7");

        Assert.Equal(plain, built);
        Assert.Equal(0, plain.CompareTo(built));
        Assert.Equal(plain.GetHashCode(), built.GetHashCode());
        Assert.Equal("build.7", built.Build);
    }

    [Fact]
    public void Parse_failure_names_the_text() =>
        Assert.Contains("\"abc\"", Assert.Throws<FormatException>(() => SemanticVersion.Parse("abc")).Message);
}
