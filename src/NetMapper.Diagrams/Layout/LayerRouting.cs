namespace NetMapper.Diagrams;

/// <summary>The result of a layout: boxes' corners, and each line's points through the layers.</summary>
internal static partial class LayeredLayout
{
    /// <summary>How far above its boxes a line between two boxes of one layer runs when another box stands between them.</summary>
    private const double FlatDetourHeight = 14;

    private static LayeredResult Result(IEnumerable<Cell> reals, List<List<Cell>> layers, Dictionary<string, List<Cell>> chains,
        List<(LayerLine Line, Cell A, Cell B)> flat, IReadOnlyList<LayerExit> exits)
    {
        var result = new LayeredResult
        {
            Width = layers.SelectMany(l => l).Select(c => c.X + c.Width).DefaultIfEmpty(0).Max(),
            Height = layers.SelectMany(l => l).Select(c => c.Y + c.Height).DefaultIfEmpty(0).Max(),
        };
        foreach (var cell in reals)
        {
            result.TopLeft[cell.Id] = new Pt(cell.X, cell.Y);
            result.Hints[cell.Id] = new NodeHint(cell.Layer, cell.X);
        }
        foreach (var (id, chain) in chains) result.Paths[id] = Route(chain, layers);
        foreach (var exit in exits.Where(e => result.Paths.ContainsKey(e.Id)))
        {
            // an exit ends on the border: top 0, bottom the full height
            var path = result.Paths[exit.Id];
            path[^1] = path[^1] with { Y = exit.Top ? 0 : result.Height };
        }
        foreach (var (line, a, b) in flat)
        {
            var (left, right) = a.Pos < b.Pos ? (a, b) : (b, a);
            bool between = CellsBetween(layers[a.Layer], left, right).Any(c => c.Real);
            var points = between ? DetourAbove(left, right) : SideToSide(left, right);
            if (left != a) points.Reverse();
            result.Paths[line.Id] = points;
        }
        return result;
    }

    /// <summary>A line between two boxes of one layer with a box between them: up, across above the boxes, and down.</summary>
    private static List<Pt> DetourAbove(Cell left, Cell right)
    {
        double leftAbove = left.Y - FlatDetourHeight, rightAbove = right.Y - FlatDetourHeight;
        return [new(left.Center, left.Y), new(left.Center, leftAbove), new(right.Center, rightAbove), new(right.Center, right.Y)];
    }

    /// <summary>A line between two boxes of one layer standing side by side: from the right of one to the left of the other.</summary>
    private static List<Pt> SideToSide(Cell left, Cell right) =>
        [new(left.X + left.Width, left.Y + left.Height / 2), new(right.X, right.Y + right.Height / 2)];

    private static List<Pt> Route(List<Cell> chain, List<List<Cell>> layers)
    {
        var points = new List<Pt>();
        for (int i = 0; i < chain.Count; i++)
        {
            var cell = chain[i];
            bool downward = (i + 1 < chain.Count ? chain[i + 1].Layer - cell.Layer : cell.Layer - chain[i - 1].Layer) > 0;
            if (cell.Real)
            {
                // the first box is left from its side facing the way the line goes, the last entered from its side facing back
                bool atBottom = i == 0 ? downward : !downward;
                points.Add(new Pt(cell.Center, atBottom ? cell.Y + cell.Height : cell.Y));
            }
            else
            {
                // a placeholder passes its whole layer straight down, between the boxes of the layer
                double height = layers[cell.Layer].Select(c => c.Height).DefaultIfEmpty(0).Max();
                var (top, bottom) = (new Pt(cell.Center, cell.Y), new Pt(cell.Center, cell.Y + height));
                if (height == 0) points.Add(top);
                else points.AddRange(downward ? [top, bottom] : [bottom, top]);
            }
        }
        return points;
    }
}
