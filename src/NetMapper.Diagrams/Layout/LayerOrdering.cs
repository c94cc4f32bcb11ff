namespace NetMapper.Diagrams;

/// <summary>The order of boxes within layers: barycentre sweeps and neighbour swaps keeping the fewest crossings.</summary>
internal static partial class LayeredLayout
{
    private const int MaxSweeps = 24;
    /// <summary>Ordering stops after this many sweeps in a row that found no fewer crossings.</summary>
    private const int MaxStaleSweeps = 6;
    /// <summary>At most this many rounds of neighbour swaps per sweep.</summary>
    private const int TransposeRounds = 6;

    /// <returns>The crossings of the order kept.</returns>
    private static long Order(List<List<Cell>> layers, List<(LayerLine Line, Cell A, Cell B)> flat)
    {
        long best = Crossings(layers);
        var bestOrder = layers.Select(l => l.ToList()).ToList();
        int stale = 0;
        for (int sweep = 0; sweep < MaxSweeps && best > 0 && stale < MaxStaleSweeps; sweep++)
        {
            for (int l = 1; l < layers.Count; l++) SortBy(layers[l], c => c.Up);
            for (int l = layers.Count - 2; l >= 0; l--) SortBy(layers[l], c => c.Down);
            Transpose(layers);
            long crossings = Crossings(layers);
            if (crossings < best)
            {
                (best, stale) = (crossings, 0);
                bestOrder = layers.Select(l => l.ToList()).ToList();
            }
            else stale++;
        }
        for (int l = 0; l < layers.Count; l++)
        {
            layers[l].Clear();
            layers[l].AddRange(bestOrder[l]);
            KeepHintedOrder(layers[l]);
            Renumber(layers[l]);
        }
        KeepFlatNeighboursTogether(layers, flat);
        return best;
    }

    private static void SortBy(List<Cell> layer, Func<Cell, List<Cell>> neighbours)
    {
        var keys = layer.ToDictionary(c => c, c => neighbours(c) is { Count: > 0 } n ? n.Average(x => (double)x.Pos) : c.Pos);
        var sorted = layer.OrderBy(c => keys[c]).ThenBy(c => c.Pos).ToList();
        layer.Clear();
        layer.AddRange(sorted);
        Renumber(layer);
    }

    /// <summary>
    /// Swaps neighbours in a layer while that removes crossings with the layers above and below (the "transpose" step of dot).
    /// </summary>
    private static void Transpose(List<List<Cell>> layers)
    {
        for (int round = 0, swaps = 1; round < TransposeRounds && swaps > 0; round++)
        {
            swaps = 0;
            foreach (var layer in layers)
                for (int i = 0; i + 1 < layer.Count; i++)
                {
                    var (u, v) = (layer[i], layer[i + 1]);
                    if (PairCrossings(v, u) >= PairCrossings(u, v)) continue;
                    (layer[i], layer[i + 1]) = (v, u);
                    (v.Pos, u.Pos) = (i, i + 1);
                    swaps++;
                }
        }
    }

    /// <summary>
    /// Crossings between the lines of <paramref name="left"/> and <paramref name="right"/> when left stands left of right.
    /// </summary>
    private static int PairCrossings(Cell left, Cell right)
    {
        int crossings = 0;
        foreach (var a in left.Up) foreach (var b in right.Up) if (a.Pos > b.Pos) crossings++;
        foreach (var a in left.Down) foreach (var b in right.Down) if (a.Pos > b.Pos) crossings++;
        return crossings;
    }

    private static long Crossings(List<List<Cell>> layers)
    {
        long total = 0;
        for (int l = 0; l + 1 < layers.Count; l++)
        {
            var edges = new List<(int, int)>();
            foreach (var cell in layers[l]) foreach (var down in cell.Down) edges.Add((cell.Pos, down.Pos));
            total += CrossingCount.Between(edges, layers[l + 1].Count);
        }
        return total;
    }

    /// <summary>Boxes drawn before keep their left-to-right order; new boxes stay where the sweeps put them.</summary>
    private static void KeepHintedOrder(List<Cell> layer)
    {
        var slots = Enumerable.Range(0, layer.Count).Where(i => layer[i].Hint is not null).ToArray();
        var hinted = slots.Select(i => layer[i]).OrderBy(c => c.Hint!.X).ThenBy(c => c.Id, StringComparer.Ordinal).ToArray();
        for (int i = 0; i < slots.Length; i++) layer[slots[i]] = hinted[i];
    }

    /// <summary>
    /// Boxes joined within a layer (a pair of cores, an HA pair) move next to each other, so their line is short and crosses nothing.
    /// </summary>
    private static void KeepFlatNeighboursTogether(List<List<Cell>> layers, List<(LayerLine Line, Cell A, Cell B)> flat)
    {
        foreach (var (_, a, b) in flat.OrderBy(f => f.Line.Id, StringComparer.Ordinal))
        {
            var layer = layers[a.Layer];
            var (left, right) = a.Pos < b.Pos ? (a, b) : (b, a);
            if (right.Pos - left.Pos <= 1) continue;
            // drawn before with a box between them: they stay apart, as before
            bool keptApart = CellsBetween(layer, left, right).Any(c => c.Real && c.Hint is not null && right.Hint is not null);
            if (keptApart) continue;
            layer.Remove(right);
            layer.Insert(left.Pos + 1, right);
            Renumber(layer);
        }
    }

    /// <summary>The cells of a layer that stand between <paramref name="left"/> and <paramref name="right"/>.</summary>
    private static IEnumerable<Cell> CellsBetween(List<Cell> layer, Cell left, Cell right) =>
        layer.Skip(left.Pos + 1).Take(right.Pos - left.Pos - 1);
}
