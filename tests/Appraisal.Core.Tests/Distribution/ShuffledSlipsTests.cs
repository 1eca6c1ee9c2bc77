using Appraisal.Core.Distribution;

namespace Appraisal.Core.Tests.Distribution;

public sealed class ShuffledSlipsTests
{
    private static readonly string[] IssueOrder = Enumerable.Range(1, 500).Select(i => $"CODE-{i:D4}").ToArray();

    [Fact]
    public void Order_IsAPermutationOfTheIssuedCodes()
    {
        var printed = ShuffledSlips.Order(DrawSeed.Create(), IssueOrder);

        Assert.Equal(IssueOrder.Order(StringComparer.Ordinal), printed.Order(StringComparer.Ordinal));
        Assert.NotEqual(IssueOrder, printed);
    }

    [Fact]
    public void Order_IsReproducibleFromTheSeed_AndIndependentOfIssueOrder()
    {
        var seed = DrawSeed.Create();

        var printed = ShuffledSlips.Order(seed, IssueOrder);
        var reproduced = ShuffledSlips.Order(DrawSeed.FromHex(seed.Hex), IssueOrder.Reverse());

        Assert.Equal(printed, reproduced);
        Assert.NotEqual(printed, ShuffledSlips.Order(DrawSeed.Create(), IssueOrder));
    }
}
