namespace NetMapper.Diagrams;

/// <summary>
/// A layered (Sugiyama-style) layout of one group of boxes, tuned for networks. Layers are breadth-first distances from
/// the boxes that connect upwards (QuikGraph's search), so every line inside the group spans at most one layer; lines
/// leaving the group get placeholder points in every layer they pass, so they thread between boxes and never through one.
/// Order within layers: barycentre sweeps keeping the order with the fewest crossings; boxes joined by a line in the same
/// layer are kept side by side. X: least-squares placement towards neighbours that keeps order and gaps. Every step is
/// deterministic: the same input gives the same coordinates.
/// </summary>
internal static partial class LayeredLayout
{
    public const double Gap = 28, LayerGap = 56, PlaceholderWidth = 6;

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
}
