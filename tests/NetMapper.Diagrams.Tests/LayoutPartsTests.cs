using NetMapper.Diagrams;

namespace NetMapper.Diagrams.Tests;

public class LayoutPartsTests
{
    [Fact]
    public void The_Crossing_Count_Between_Two_Layers_Matches_Comparing_Every_Pair()
    {
        var random = new Random(3);
        for (int round = 0; round < 50; round++)
        {
            var edges = Enumerable.Range(0, random.Next(2, 40)).Select(_ => (random.Next(12), random.Next(12))).ToList();
            long brute = 0;
            for (int i = 0; i < edges.Count; i++)
                for (int j = i + 1; j < edges.Count; j++)
                    if ((edges[i].Item1 - edges[j].Item1) * (long)(edges[i].Item2 - edges[j].Item2) < 0) brute++;

            Assert.Equal(brute, CrossingCount.Between([.. edges], 12));
        }
    }

    [Fact]
    public void Ordered_Placement_Keeps_Order_And_Gaps_And_Gives_Boxes_Their_Wish_When_They_Fit()
    {
        Assert.Equal([0, 100, 300], OrderedPlacement.Place([5, 105, 305], [10, 10, 10], gap: 5));

        var left = OrderedPlacement.Place([50, 50, 50], [20, 20, 20], gap: 10);

        Assert.Equal(30, left[1] - left[0]);
        Assert.Equal(30, left[2] - left[1]);
        Assert.Equal(50, left[1] + 10); // the middle box stays centred on the wish they share
    }
}
