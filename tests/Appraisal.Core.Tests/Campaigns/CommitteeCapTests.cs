using Appraisal.Core.Campaigns;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>The 优秀 cap of 组织评定: ⌊base × fraction⌋, since "一般不超过 1/3" allows no rounding up.</summary>
public sealed class CommitteeCapTests
{
    [Theory]
    [InlineData(10, "1/3", 3)]   // 3.33… → 3
    [InlineData(9, "1/3", 3)]
    [InlineData(2, "1/3", 0)]
    [InlineData(10, "0.25", 2)]  // 2.5 → 2
    [InlineData(10, "1/1", 10)]
    [InlineData(0, "1/3", 0)]
    public void The_cap_rounds_down(int members, string share, int expected)
    {
        Assert.True(CommitteeGradeService.TryCap(members, share, out var cap));
        Assert.Equal(expected, cap);
    }

    [Theory]
    [InlineData("1/0")]
    [InlineData("4/3")]
    [InlineData("-1/3")]
    [InlineData("1.5")]
    [InlineData("a third")]
    [InlineData("")]
    public void A_share_that_is_not_a_fraction_of_at_most_one_is_not_read(string share) =>
        Assert.False(CommitteeGradeService.TryCap(10, share, out _));
}
