using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;
using QuikGraph.Algorithms.Search;

namespace NetMapper.Diagrams;

/// <summary>A box to lay out in layers, and a line between two of them. <paramref name="Weight"/>: how central the box is
/// by nature (a core before an access switch before a server); with no line upwards, layering starts from the heaviest.</summary>
internal sealed record LayerBox(string Id, double Width, double Height, int Weight = 0);
internal sealed record LayerLine(string Id, string From, string To);
/// <summary>A line that leaves the group: it runs from <paramref name="Inner"/> to the group's top or bottom border.
/// <paramref name="Upward"/>: it goes to a place above the group (not to a group beside it), so its box belongs in the top layer.</summary>
internal sealed record LayerExit(string Id, string Inner, bool Top, bool Upward = true);
/// <summary>Where a box was in an earlier drawing: its layer and x, so a rescan keeps it there.</summary>
public sealed record NodeHint(int Layer, double X);

internal sealed class LayeredResult
{
    public Dictionary<string, Pt> TopLeft { get; } = new(StringComparer.Ordinal);
    /// <summary>Lines inside the group, From to To; exits from the inner box to the border point.</summary>
    public Dictionary<string, List<Pt>> Paths { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, NodeHint> Hints { get; } = new(StringComparer.Ordinal);
    public double Width { get; set; }
    public double Height { get; set; }
}

/// <summary>
/// A layered (Sugiyama-style) layout of one group of boxes, tuned for networks. Layers are breadth-first distances from
/// the boxes that connect upwards (QuikGraph's search), so every line inside the group spans at most one layer; lines
/// leaving the group get placeholder points in every layer they pass, so they thread between boxes and never through one.
/// Order within layers: barycentre sweeps keeping the order with the fewest crossings; boxes joined by a line in the same
/// layer are kept side by side. X: least-squares placement towards neighbours that keeps order and gaps. Every step is
/// deterministic: the same input gives the same coordinates.
/// </summary>
internal static class LayeredLayout
{
    public const double Gap = 28, LayerGap = 56, PlaceholderWidth = 6;
    private const int MaxSweeps = 24;
    /// <summary>Ordering stops after this many sweeps in a row that found no fewer crossings.</summary>
    private const int MaxStaleSweeps = 6;
    /// <summary>At most this many rounds of neighbour swaps per sweep.</summary>
    private const int TransposeRounds = 6;
    /// <summary>Rounds of pulling boxes towards their neighbours above, then below, before the final pull towards both.</summary>
    private const int PlacementRounds = 4;
    /// <summary>The x of the first guess: boxes this far apart in layer order, before they are pulled towards their neighbours.</summary>
    private const double FirstGuessSpacing = 100;
    /// <summary>How far above its boxes a line between two boxes of one layer runs when another box stands between them.</summary>
    private const double FlatDetourHeight = 14;
    /// <summary>Neighbours a linked pair shares to count as twins (a core pair).</summary>
    private const int LinkedTwinSharedNeighbours = 3;
    /// <summary>Neighbours an unlinked pair shares to count as twins (a distribution pair, every access switch homed to both).</summary>
    private const int UnlinkedTwinSharedNeighbours = 4;
    /// <summary>Neighbours a box shares with a start box to be drawn beside it as its redundant peer.</summary>
    private const int PeerSharedNeighbours = 2;

    private sealed class Cell(string id, double width, double height)
    {
        public string Id { get; } = id;
        public double Width { get; } = width;
        public double Height { get; } = height;
        public bool Real { get; init; }
        public int Layer { get; set; }
        public int Pos { get; set; }
        public double X { get; set; }
        public double Y { get; set; }
        public NodeHint? Hint { get; init; }
        public List<Cell> Up { get; } = [];
        public List<Cell> Down { get; } = [];
        public double Center => X + Width / 2;
    }

    public static LayeredResult Run(IReadOnlyList<LayerBox> boxes, IReadOnlyList<LayerLine> lines, IReadOnlyList<LayerExit> exits,
        IReadOnlyDictionary<string, NodeHint>? hints = null)
    {
        // Staggering pairs without a link between them helps some networks and not others: both layerings are
        // ordered, and the one with fewer crossings is drawn (the first on a tie).
        var linkedOnly = RunOnce(boxes, lines, exits, hints, staggerUnlinked: false);
        var both = RunOnce(boxes, lines, exits, hints, staggerUnlinked: true);
        return both.Crossings < linkedOnly.Crossings ? both.Result : linkedOnly.Result;
    }

    private static (LayeredResult Result, long Crossings) RunOnce(IReadOnlyList<LayerBox> boxes, IReadOnlyList<LayerLine> lines,
        IReadOnlyList<LayerExit> exits, IReadOnlyDictionary<string, NodeHint>? hints, bool staggerUnlinked)
    {
        var cells = boxes.ToDictionary(b => b.Id, b => BoxCell(b, hints), StringComparer.Ordinal);
        var seq = AssignLayers(boxes, lines, exits, cells, staggerUnlinked);
        int deepest = cells.Values.Select(c => c.Layer).DefaultIfEmpty(0).Max();
        var layers = Enumerable.Range(0, deepest + 2).Select(_ => new List<Cell>()).ToList();
        foreach (var cell in cells.Values.OrderBy(c => seq[c.Id])) layers[cell.Layer].Add(cell);

        var chains = new Dictionary<string, List<Cell>>(StringComparer.Ordinal);
        var flat = new List<(LayerLine Line, Cell A, Cell B)>();
        foreach (var line in LinesBetweenBoxes(lines, cells))
        {
            var (a, b) = (cells[line.From], cells[line.To]);
            if (a.Layer == b.Layer) flat.Add((line, a, b));
            else chains[line.Id] = Chain(a, b, layers, line.Id);
        }
        foreach (var exit in exits.Where(e => cells.ContainsKey(e.Inner)))
        {
            var inner = cells[exit.Inner];
            var port = new Cell("port:" + exit.Id, PlaceholderWidth, 0) { Layer = exit.Top ? 0 : deepest + 1 };
            layers[port.Layer].Add(port);
            chains[exit.Id] = Chain(inner, port, layers, exit.Id);
        }
        for (int l = 0; l < layers.Count; l++) Renumber(layers[l]);

        long crossings = Order(layers, flat);
        AssignX(layers);
        AssignY(layers);
        return (Result(cells.Values, layers, chains, flat, exits), crossings);
    }

    private static Cell BoxCell(LayerBox box, IReadOnlyDictionary<string, NodeHint>? hints) =>
        new(box.Id, box.Width, box.Height) { Real = true, Hint = hints?.GetValueOrDefault(box.Id) };

    /// <summary>The lines of the group that join two different boxes of it.</summary>
    private static IEnumerable<LayerLine> LinesBetweenBoxes(IReadOnlyList<LayerLine> lines, Dictionary<string, Cell> cells) =>
        lines.Where(l => l.From != l.To && cells.ContainsKey(l.From) && cells.ContainsKey(l.To));

    /// <summary>Breadth-first layers from the boxes with lines upwards (else, per connected part, the box with most lines).</summary>
    private static Dictionary<string, int> AssignLayers(IReadOnlyList<LayerBox> boxes, IReadOnlyList<LayerLine> lines,
        IReadOnlyList<LayerExit> exits, Dictionary<string, Cell> cells, bool staggerUnlinked)
    {
        const string root = "\0root";
        var graph = new UndirectedGraph<string, SEdge<string>>(allowParallelEdges: true);
        foreach (var box in boxes) graph.AddVertex(box.Id);
        foreach (var line in LinesBetweenBoxes(lines, cells)) graph.AddEdge(new SEdge<string>(line.From, line.To));
        var components = new ConnectedComponentsAlgorithm<string, SEdge<string>>(graph);
        components.Compute();
        var weight = boxes.ToDictionary(b => b.Id, b => b.Weight, StringComparer.Ordinal);
        var upwards = exits.Where(e => e.Top && e.Upward).Select(e => e.Inner).ToHashSet(StringComparer.Ordinal);
        graph.AddVertex(root);
        foreach (var part in boxes.Select(b => b.Id).GroupBy(id => components.Components[id]).OrderBy(g => g.Key))
        {
            var starts = part.Where(upwards.Contains).ToArray();
            if (starts.Length == 0)
            {
                var exitCount = exits.GroupBy(e => e.Inner).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                int LineCount(string id) => graph.AdjacentDegree(id) + exitCount.GetValueOrDefault(id);
                var mostCentral = part.OrderByDescending(id => weight[id]).ThenByDescending(LineCount)
                    .ThenBy(id => id, StringComparer.Ordinal).First();
                starts = [mostCentral];
            }
            // with each start its redundant peers (neighbours sharing two or more neighbours with it: the other core of a
            // pair), so a pair is drawn side by side rather than one above the other's neighbours
            starts = starts.Concat(starts.SelectMany(s => Peers(graph, s))).Distinct().Order(StringComparer.Ordinal).ToArray();
            foreach (var start in starts) graph.AddEdge(new SEdge<string>(root, start));
        }
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [root] = 0 };
        var seq = new Dictionary<string, int>(StringComparer.Ordinal);
        var search = new UndirectedBreadthFirstSearchAlgorithm<string, SEdge<string>>(graph);
        search.TreeEdge += (_, e) => depth[e.Target] = depth[e.Source] + 1;
        search.DiscoverVertex += v => seq[v] = seq.Count;
        search.SetRootVertex(root);
        search.Compute();
        StaggerTwins(graph, depth, cells.Keys, staggerUnlinked);
        foreach (var cell in cells.Values) cell.Layer = cell.Hint is { } hint ? Math.Max(1, hint.Layer) : depth[cell.Id];
        return seq;
    }

    /// <summary>
    /// A redundant pair (two cores, two distribution switches) with the same boxes homed to both is staggered: the
    /// second one a layer lower, as dot ranks a linked pair. Side by side, the two fans of n links cross n(n-1)/2 times;
    /// staggered, about half as often, and the pair's own link stays short.
    /// </summary>
    private static void StaggerTwins(UndirectedGraph<string, SEdge<string>> graph, Dictionary<string, int> depth, IEnumerable<string> boxes,
        bool unlinked)
    {
        var ids = boxes.Order(StringComparer.Ordinal).ToArray();
        for (int layer = 1; layer <= ids.Select(id => depth[id]).DefaultIfEmpty(0).Max(); layer++)
        {
            var here = ids.Where(id => depth[id] == layer).ToHashSet(StringComparer.Ordinal);
            var lower = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var u in here.Order(StringComparer.Ordinal))
            {
                if (lower.Contains(u)) continue;
                var around = graph.AdjacentVertices(u).ToHashSet(StringComparer.Ordinal);
                // linked twins sharing three neighbours (a core pair), or unlinked ones sharing four (a distribution pair
                // without a peer link, every access switch homed to both)
                var twin = here.Where(v => !lower.Contains(v) && string.CompareOrdinal(u, v) < 0).Order(StringComparer.Ordinal)
                    .FirstOrDefault(v => around.Contains(v)
                        ? graph.AdjacentVertices(v).Distinct().Count(around.Contains) >= LinkedTwinSharedNeighbours
                        : unlinked && graph.AdjacentVertices(v).Distinct().Count(around.Contains) >= UnlinkedTwinSharedNeighbours);
                if (twin is not null) lower.Add(twin);
            }
            if (lower.Count == 0) continue;
            foreach (var id in ids.Where(id => depth[id] > layer)) depth[id]++;
            foreach (var id in lower) depth[id] = layer + 1;
            layer++;
        }
    }

    private static IEnumerable<string> Peers(UndirectedGraph<string, SEdge<string>> graph, string box)
    {
        var around = graph.AdjacentVertices(box).ToHashSet(StringComparer.Ordinal);
        return around.Where(n => graph.AdjacentVertices(n).Count(around.Contains) >= PeerSharedNeighbours);
    }

    /// <summary>The cells a line passes from a to b, one placeholder per layer in between.</summary>
    private static List<Cell> Chain(Cell a, Cell b, List<List<Cell>> layers, string id)
    {
        var chain = new List<Cell> { a };
        int step = Math.Sign(b.Layer - a.Layer);
        for (int layer = a.Layer + step; layer != b.Layer; layer += step)
        {
            var placeholder = new Cell($"{id}#{layer}", PlaceholderWidth, 0) { Layer = layer };
            layers[layer].Add(placeholder);
            chain.Add(placeholder);
        }
        chain.Add(b);
        for (int i = 0; i + 1 < chain.Count; i++)
        {
            var (upper, lower) = step > 0 ? (chain[i], chain[i + 1]) : (chain[i + 1], chain[i]);
            upper.Down.Add(lower);
            lower.Up.Add(upper);
        }
        return chain;
    }

    private static void Renumber(List<Cell> layer)
    {
        for (int i = 0; i < layer.Count; i++) layer[i].Pos = i;
    }

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

    private static void AssignX(List<List<Cell>> layers)
    {
        foreach (var layer in layers) Apply(layer, layer.Select((c, i) => (double)i * FirstGuessSpacing).ToArray());
        for (int round = 0; round < PlacementRounds; round++)
        {
            for (int l = 1; l < layers.Count; l++) Apply(layers[l], Desired(layers[l], c => c.Up));
            for (int l = layers.Count - 2; l >= 0; l--) Apply(layers[l], Desired(layers[l], c => c.Down));
        }
        for (int l = 0; l < layers.Count; l++) Apply(layers[l], Desired(layers[l], c => [.. c.Up, .. c.Down]));
        double min = layers.SelectMany(l => l).Select(c => c.X).DefaultIfEmpty(0).Min();
        foreach (var cell in layers.SelectMany(l => l)) cell.X -= min;
    }

    private static double[] Desired(List<Cell> layer, Func<Cell, List<Cell>> neighbours) =>
        layer.Select(c => neighbours(c) is { Count: > 0 } n ? n.Average(x => x.Center) : c.Center).ToArray();

    private static void Apply(List<Cell> layer, double[] centers)
    {
        var left = OrderedPlacement.Place(centers, layer.Select(c => c.Width).ToArray(), Gap);
        for (int i = 0; i < layer.Count; i++) layer[i].X = Math.Round(left[i], 1);
    }

    private static void AssignY(List<List<Cell>> layers)
    {
        double y = 0;
        foreach (var layer in layers.Where(l => l.Count > 0))
        {
            double height = layer.Select(c => c.Height).Max();
            foreach (var cell in layer) cell.Y = cell.Real ? y + (height - cell.Height) / 2 : y;
            y += height + LayerGap;
        }
    }

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
