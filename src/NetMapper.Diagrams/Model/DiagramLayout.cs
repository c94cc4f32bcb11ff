namespace NetMapper.Diagrams;

public readonly record struct Pt(double X, double Y);

public readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public double CenterX => X + Width / 2;
    public double CenterY => Y + Height / 2;

    public bool Overlaps(Box other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
    public bool Contains(Box inner) => inner.X >= X && inner.Y >= Y && inner.Right <= Right && inner.Bottom <= Bottom;
    public Box Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}

public sealed record PlacedNode(DiagramNode Node, Box Box);
/// <summary>A line and its route. A management line joins the management bus: its whole route runs along the bus to the
/// management switch (for editors that need both ends), and <see cref="Drop"/> is the part drawn for it alone, from the
/// device to where it joins the bus.</summary>
public sealed record PlacedEdge(DiagramEdge Edge, IReadOnlyList<Pt> Points)
{
    public BusDrop? Drop { get; init; }
}

/// <summary>A management line's drop: from the device (the line's From end when <paramref name="AtFrom"/>) to the bus.</summary>
public sealed record BusDrop(IReadOnlyList<Pt> Points, bool AtFrom);
public sealed record PlacedZone(DiagramZone Zone, Box Box);

/// <summary>A page laid out: where every box, line and zone container is, in pixels from the top left.</summary>
public sealed record DiagramLayout(DiagramGraph Graph, double Width, double Height)
{
    public IReadOnlyList<PlacedNode> Nodes { get; init; } = [];
    public IReadOnlyList<PlacedEdge> Edges { get; init; } = [];
    public IReadOnlyList<PlacedZone> Zones { get; init; } = [];
    /// <summary>Heights of the firewall boundaries between bands of zones.</summary>
    public IReadOnlyList<double> Boundaries { get; init; } = [];
    /// <summary>The out-of-band management bus: its runs along the channels, its riser, the switches' drops to it.</summary>
    public IReadOnlyList<IReadOnlyList<Pt>> ManagementBus { get; init; } = [];
}
