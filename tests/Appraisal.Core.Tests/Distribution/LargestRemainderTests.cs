using Appraisal.Core.Distribution;

namespace Appraisal.Core.Tests.Distribution;

public sealed class LargestRemainderTests
{
    [Fact]
    public void WorkedExample_GivesTheSpareSeatToTheLargestRemainder()
    {
        // Roster 100: shares of 7 are 3.99, 1.75 and 1.26. Floors 3 + 1 + 1 = 5; the 2 left go to .99 and .75.
        var sizes = new Dictionary<string, int> { ["A"] = 57, ["B"] = 25, ["C"] = 18 };

        var allocation = LargestRemainder.Allocate(sizes, 7);

        Assert.Equal(4, allocation["A"]);
        Assert.Equal(2, allocation["B"]);
        Assert.Equal(1, allocation["C"]);
    }

    [Fact]
    public void EqualRemainders_GoToTheOrdinallySmallerKey_AndTheTotalIsKept()
    {
        // Shares 3.5, 3.5, 3.0: rounding each would give 11; largest remainder gives 10, the tie going to "A".
        var sizes = new Dictionary<string, int> { ["B"] = 35, ["A"] = 35, ["C"] = 30 };

        var allocation = LargestRemainder.Allocate(sizes, 10);

        Assert.Equal(4, allocation["A"]);
        Assert.Equal(3, allocation["B"]);
        Assert.Equal(3, allocation["C"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(99)]
    [InlineData(120)]
    public void Allocation_SumsToTheTotal_AndStaysWithinOneOfEachExactShare(int total)
    {
        var sizes = new Dictionary<string, int> { ["x"] = 3, ["y"] = 41, ["z"] = 17, ["w"] = 59 };

        var allocation = LargestRemainder.Allocate(sizes, total);

        Assert.Equal(total, allocation.Values.Sum());
        foreach (var (stratum, size) in sizes)
        {
            Assert.InRange(allocation[stratum], Math.Floor(total * size / 120.0), Math.Ceiling(total * size / 120.0));
        }
    }

    [Fact]
    public void TotalAboveThePopulation_IsInfeasible()
    {
        var error = Assert.Throws<DrawInfeasibleException>(() => LargestRemainder.Allocate(new Dictionary<string, int> { ["A"] = 5 }, 6));

        Assert.Contains("roster of 5", error.Message, StringComparison.Ordinal);
    }
}
