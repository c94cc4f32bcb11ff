namespace NetMapper.Diagrams;

/// <summary>A box's place on a zoned page: a zone container, or the boundary strip below band <see cref="Strip"/>.</summary>
internal sealed record Place(string? ZoneId, int Band, int Strip)
{
    public bool InStrip => ZoneId is null;
    /// <summary>Height order: band b is 2b+1, the strip below it 2b+2.</summary>
    public int Level => InStrip ? 2 * Strip + 2 : 2 * Band + 1;
}

internal sealed record Container(DiagramZone Zone, int Band, List<LayerBox> Boxes, List<LayerLine> Lines, List<LayerExit> Exits);

/// <summary>A line between two places; for a line into a container, the exit id its layout routes to the border.
/// <paramref name="Hub"/>: the management switch end of a management line, which all its management lines leave by one
/// exit (its drop to the management bus).</summary>
internal sealed record CrossLine(DiagramEdge Edge, string Upper, string Lower, string? Hub = null)
{
    public string ExitOf(string node) => node == Hub ? HubExit(node) : $"{Edge.Id}@{node}";
    public string Device => Hub == Upper ? Lower : Upper;
    public static string HubExit(string node) => $"management@{node}";
}

/// <summary>Where every box of a page goes, and which lines stay inside a container and which cross between places.</summary>
internal sealed class ZonedPage
{
    public ZonedPage(DiagramGraph graph)
    {
        Graph = graph;
        Nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        Sizes = graph.Nodes.ToDictionary(n => n.Id, NodeSizes.Of, StringComparer.Ordinal);
        Edges = UniqueIds(graph.Edges.Where(e => e.From != e.To && Nodes.ContainsKey(e.From) && Nodes.ContainsKey(e.To)));
        var zones = graph.Zones.Count > 0 ? graph.Zones : [];
        var bandOf = zones.Select(z => z.Row).Distinct().Order().Select((row, i) => (row, i)).ToDictionary(x => x.row, x => x.i);
        Bands = Math.Max(1, bandOf.Count);
        foreach (var node in graph.Nodes.Where(n => !n.OnBoundary))
        {
            var zone = zones.FirstOrDefault(z => z.Zone.Id == node.ZoneId)
                ?? throw new InvalidOperationException($"node '{node.Id}' is in zone '{node.ZoneId}', which the page does not list");
            Places[node.Id] = new Place(zone.Zone.Id, bandOf[zone.Row], -1);
        }
        foreach (var (id, strip) in BoundaryStrips.Of(graph, Places, Bands)) Places[id] = new Place(null, -1, strip);
        Containers = zones.Select(z => new Container(z, bandOf[z.Row], [], [], [])).ToList();
        var byZone = Containers.ToDictionary(c => c.Zone.Zone.Id, StringComparer.Ordinal);
        _containerOf = byZone;
        EdgeById = Edges.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var node in graph.Nodes.Where(n => !Places[n.Id].InStrip))
        {
            var (width, height) = Sizes[node.Id];
            byZone[Places[node.Id].ZoneId!].Boxes.Add(new LayerBox(node.Id, width, height, Weight(node.Kind)));
        }
        var hubs = ManagementHubs(Edges);
        foreach (var edge in Edges)
        {
            var (a, b) = (Places[edge.From], Places[edge.To]);
            if (!a.InStrip && a.ZoneId == b.ZoneId)
            {
                byZone[a.ZoneId!].Lines.Add(new LayerLine(edge.Id, edge.From, edge.To));
                continue;
            }
            var (upper, lower) = a.Level <= b.Level ? (edge.From, edge.To) : (edge.To, edge.From);
            var cross = new CrossLine(edge, upper, lower, edge.Management ? hubs.GetValueOrDefault(edge.Id) : null);
            Cross.Add(cross);
            bool sameLevel = a.Level == b.Level;
            var upperExit = new LayerExit(cross.ExitOf(upper), upper, Top: sameLevel, Upward: false);
            var lowerExit = new LayerExit(cross.ExitOf(lower), lower, Top: true, Upward: !sameLevel);
            AddExit(upper, upperExit);
            AddExit(lower, lowerExit);
        }

        void AddExit(string node, LayerExit exit)
        {
            if (Places[node].InStrip) return;
            var exits = byZone[Places[node].ZoneId!].Exits;
            if (!exits.Any(e => e.Id == exit.Id)) exits.Add(exit);
        }
    }

    /// <summary>
    /// Each management line's hub: the end with more management lines (the management switch; the lower end on a tie).
    /// </summary>
    private Dictionary<string, string> ManagementHubs(IEnumerable<DiagramEdge> edges)
    {
        var management = edges.Where(e => e.Management).ToArray();
        var count = management.SelectMany(e => new[] { e.From, e.To }).GroupBy(n => n, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        string HubOf(DiagramEdge e)
        {
            int from = count[e.From], to = count[e.To];
            if (from != to) return from > to ? e.From : e.To;
            return Places[e.From].Level > Places[e.To].Level ? e.From : e.To;
        }
        return management.ToDictionary(e => e.Id, HubOf, StringComparer.Ordinal);
    }

    public DiagramGraph Graph { get; }
    public Dictionary<string, DiagramNode> Nodes { get; }
    public Dictionary<string, (double Width, double Height)> Sizes { get; }
    public IReadOnlyList<DiagramEdge> Edges { get; }
    public int Bands { get; }
    public Dictionary<string, Place> Places { get; } = new(StringComparer.Ordinal);
    public List<Container> Containers { get; }
    public List<CrossLine> Cross { get; } = [];
    public IReadOnlyDictionary<string, DiagramEdge> EdgeById { get; }
    private readonly Dictionary<string, Container> _containerOf;

    /// <summary>The container a box in a zone is in.</summary>
    public Container ContainerOf(string node) => _containerOf[Places[node].ZoneId!];
    public Container Zone(string zoneId) => _containerOf[zoneId];

    private static int Weight(NodeKind kind) => kind switch
    {
        // the outside first: a zone with a carrier's cloud starts its layers there, its lines running down to our routers
        NodeKind.Cloud => 4,
        NodeKind.Firewall or NodeKind.Router or NodeKind.L3Switch => 3,
        NodeKind.Switch or NodeKind.WirelessController or NodeKind.LoadBalancer => 2,
        NodeKind.HostGroup => 0,
        _ => 1,
    };

    /// <summary>Two cables between the same ports would share an id; the second gets a suffix.</summary>
    private static List<DiagramEdge> UniqueIds(IEnumerable<DiagramEdge> edges)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<DiagramEdge>();
        foreach (var edge in edges)
        {
            var id = edge.Id;
            for (int n = 2; !seen.Add(id); n++) id = $"{edge.Id}#{n}";
            result.Add(id == edge.Id ? edge : edge with { Id = id });
        }
        return result;
    }
}
