namespace NetMapper.Diagrams;

/// <summary>
/// The out-of-band management network of a zoned page as one bus: a run along each channel that management lines
/// reach, a riser down the right-hand corridor joining the runs, and a short drop from each device (and one from each
/// management switch) to the run of its channel. Instead of a line per device round the page, one bus and short drops.
/// </summary>
internal sealed class ManagementBusRoute
{
    /// <summary>The track key of a channel's run of the bus.</summary>
    public const string TrackKey = "\0management-bus";

    private readonly Dictionary<int, List<double>> _joins = [];

    public bool Any => _joins.Count > 0;
    /// <summary>A bus reaching more than one channel needs a riser between them.</summary>
    public bool HasRiser => _joins.Count > 1;
    public IEnumerable<int> Channels => _joins.Keys;

    /// <summary>A drop reaches the channel at x.</summary>
    public void Join(int channel, double x)
    {
        if (!_joins.TryGetValue(channel, out var xs)) _joins[channel] = xs = [];
        xs.Add(x);
    }

    /// <summary>A channel's run: from its first drop to its last, or on to the riser.</summary>
    public (double From, double To) Run(int channel, double riserX)
    {
        var xs = _joins[channel];
        double from = xs.Min(), to = xs.Max();
        return HasRiser ? (Math.Min(from, riserX), Math.Max(to, riserX)) : (from, to);
    }

    /// <summary>The bus's own lines: each channel's run and the riser joining them.</summary>
    public List<List<Pt>> Lines(Func<int, double> trackY, double riserX)
    {
        var lines = new List<List<Pt>>();
        foreach (var channel in _joins.Keys.Order())
        {
            var (from, to) = Run(channel, riserX);
            double y = trackY(channel);
            if (to > from) lines.Add([new Pt(from, y), new Pt(to, y)]);
        }
        if (HasRiser)
        {
            var ys = _joins.Keys.Select(trackY).ToArray();
            lines.Add([new Pt(riserX, ys.Min()), new Pt(riserX, ys.Max())]);
        }
        return lines;
    }

    /// <summary>
    /// The drop of a line's device: its route from the device's end up to the first point on a run of the bus.
    /// </summary>
    public static BusDrop DropOf(PlacedEdge edge, string device, ISet<double> busYs)
    {
        bool atFrom = edge.Edge.From == device;
        var points = atFrom ? edge.Points.ToList() : edge.Points.Reverse().ToList();
        int join = points.FindIndex(1, p => busYs.Contains(p.Y));
        return new BusDrop(points.Take(join < 0 ? points.Count : join + 1).ToArray(), atFrom);
    }
}
