namespace NetMapper.Diagrams;

/// <summary>
/// Places the containers and boundary firewalls of a <see cref="ZonedPage"/> and routes the lines between places.
/// Bands and strips alternate with channels; a line between places runs vertically to a track of the channel next to
/// it, horizontally along the track, and vertically into the other place. A line that skips a band runs down a lane of
/// the corridor at the left (the management network's at the right), outside every band.
/// </summary>
internal sealed class ChannelRouter(ZonedPage page, Dictionary<string, LayeredResult> zones)
{
    /// <summary>Two horizontal legs share a track only when more than this lies between the end of one and the start of the next.</summary>
    private const double TrackClearance = 6;
    /// <summary>The height of a channel no line runs along.</summary>
    private const double EmptyChannelHeight = 14;

    private readonly Dictionary<string, Box> _containers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _firewallX = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<(double From, double To, string Key)>> _segments = [];
    private readonly Dictionary<(int Channel, string Key), int> _tracks = [];
    private readonly Dictionary<int, double> _channelTop = [];
    private readonly Dictionary<string, (bool Right, int Lane)> _lanes = new(StringComparer.Ordinal);
    private readonly ManagementBusRoute _bus = new();

    private sealed record Plan(CrossLine Line, int UpperChannel, int LowerChannel, bool Straight);

    public DiagramLayout Place()
    {
        PlaceContainersX();
        double amid = _containers.Values.Select(b => b.CenterX).DefaultIfEmpty(0).Average();
        foreach (var (id, x) in BoundaryFirewallsX.Place(page, PortX, amid)) _firewallX[id] = x;
        var plans = page.Cross.Select(PlanOf).ToList();
        AssignLanes(plans);
        var (left, right) = ContentSpan();
        double LaneX(string id)
        {
            var (isRight, lane) = _lanes[id];
            double laneOffset = lane * ZonedLayout.LaneGap;
            return isRight ? right + LayeredLayout.Gap + laneOffset : left - LayeredLayout.Gap - laneOffset;
        }
        // the bus's riser runs down the right-hand corridor, outside the other lines' lanes there
        double riserX = right + LayeredLayout.Gap + _lanes.Count(l => l.Value.Right) * ZonedLayout.LaneGap;
        foreach (var plan in plans.Where(p => !p.Straight)) AddSegments(plan, LaneX);
        foreach (var channel in _bus.Channels.ToArray())
        {
            var (from, to) = _bus.Run(channel, riserX);
            Segment(channel, from, to, ManagementBusRoute.TrackKey);
        }
        AssignTracks();
        var (bandTop, stripTop, height) = PlaceY();

        var nodes = new List<PlacedNode>();
        foreach (var container in page.Containers)
        {
            var box = _containers[container.Zone.Zone.Id] = _containers[container.Zone.Zone.Id] with { Y = bandTop[container.Band] };
            var result = zones[container.Zone.Zone.Id];
            foreach (var (id, at) in result.TopLeft.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                double x = box.X + Inset(container) + at.X, y = box.Y + ZonedLayout.ZoneTitle + at.Y;
                var (w, h) = page.Sizes[id];
                nodes.Add(new PlacedNode(page.Nodes[id], new Box(x, y, w, h)));
            }
        }
        foreach (var (id, x) in _firewallX.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var (w, h) = page.Sizes[id];
            var strip = page.Places[id].Strip;
            nodes.Add(new PlacedNode(page.Nodes[id], new Box(x - w / 2, stripTop[strip], w, h)));
        }
        var boxes = nodes.ToDictionary(n => n.Node.Id, n => n.Box, StringComparer.Ordinal);
        var edges = new List<PlacedEdge>();
        foreach (var container in page.Containers)
            foreach (var line in container.Lines)
                edges.Add(new PlacedEdge(page.EdgeById[line.Id], Absolute(container, zones[container.Zone.Zone.Id].Paths[line.Id])));
        foreach (var plan in plans) edges.Add(new PlacedEdge(plan.Line.Edge, Route(plan, boxes, LaneX, riserX)));
        edges = PortSpreader.Spread(edges, boxes);
        var bus = _bus.Lines(c => TrackY(c, ManagementBusRoute.TrackKey), riserX);
        var hubs = plans.Where(OnBus).Select(p => p.Line).ToArray();
        foreach (var hub in hubs.DistinctBy(h => h.Hub))
        {
            var points = edges.Single(e => e.Edge.Id == hub.Edge.Id).Points;
            bus.Add(ManagementBusRoute.DropOf(new PlacedEdge(hub.Edge, points), hub.Hub!, BusYs()).Points.ToList());
        }

        var xs = nodes.SelectMany(n => new[] { n.Box.X, n.Box.Right }).Concat(_containers.Values.SelectMany(c => new[] { c.X, c.Right }))
            .Concat(bus.SelectMany(l => l.Select(p => p.X)))
            .Concat(edges.SelectMany(e => e.Points.Select(p => p.X))).DefaultIfEmpty(0).ToArray();
        double shift = ZonedLayout.Margin - xs.Min();
        double width = xs.Max() + shift + ZonedLayout.Margin;
        Box Shift(Box b) => b.Offset(shift, 0);
        PlacedEdge ShiftEdge(PlacedEdge e) => e with { Points = Clean(e.Points.Select(p => p with { X = p.X + shift })) };
        // a boundary line runs through the middle of its strip's tallest firewall
        double BoundaryY(int strip) => stripTop[strip] + StripHeight(strip) / 2;
        var strips = _firewallX.Keys.Select(id => page.Places[id].Strip).Distinct().Order();
        var devices = hubs.ToDictionary(h => h.Edge.Id, h => h.Device, StringComparer.Ordinal);
        var busYs = BusYs();
        PlacedEdge WithDrop(PlacedEdge e) =>
            devices.TryGetValue(e.Edge.Id, out var device) ? e with { Drop = ManagementBusRoute.DropOf(e, device, busYs) } : e;
        return new DiagramLayout(page.Graph, Math.Ceiling(width), Math.Ceiling(height))
        {
            Nodes = nodes.OrderBy(n => n.Node.Id, StringComparer.Ordinal).Select(n => n with { Box = Shift(n.Box) }).ToArray(),
            Edges = edges.OrderBy(e => e.Edge.Id, StringComparer.Ordinal).Select(ShiftEdge).Select(WithDrop).ToArray(),
            ManagementBus = bus.Select(l => (IReadOnlyList<Pt>)Clean(l.Select(p => p with { X = p.X + shift }))).ToArray(),
            Zones = page.Containers.Select(c => new PlacedZone(c.Zone, Shift(_containers[c.Zone.Zone.Id]))).ToArray(),
            Boundaries = strips.Select(BoundaryY).ToArray(),
        };
    }

    private void PlaceContainersX()
    {
        var widths = page.Containers.ToDictionary(c => c.Zone.Zone.Id, ContainerWidth, StringComparer.Ordinal);
        double BandWidth(IEnumerable<Container> band) => band.Sum(c => widths[c.Zone.Zone.Id]) + (band.Count() - 1) * ZonedLayout.ZoneGap;
        var bandWidths = page.Containers.GroupBy(c => c.Band).ToDictionary(g => g.Key, g => BandWidth(g));
        double total = bandWidths.Values.DefaultIfEmpty(0).Max();
        foreach (var band in page.Containers.GroupBy(c => c.Band))
        {
            double x = (total - bandWidths[band.Key]) / 2;
            foreach (var container in band)
            {
                var id = container.Zone.Zone.Id;
                _containers[id] = new Box(x, 0, widths[id], ZonedLayout.ZoneTitle + zones[id].Height + ZonedLayout.ZonePad);
                x += widths[id] + ZonedLayout.ZoneGap;
            }
        }
    }

    /// <summary>A container is as wide as its zone's layout or its title, whichever is wider, with its padding and inset.</summary>
    private double ContainerWidth(Container container)
    {
        double title = ZoneTitleRoom.TitleWidth(container.Zone.Zone) + ZoneTitleRoom.Beside;
        return Math.Max(zones[container.Zone.Zone.Id].Width + Inset(container) - ZonedLayout.ZonePad, title) + 2 * ZonedLayout.ZonePad;
    }

    private double Inset(Container container)
    {
        var id = container.Zone.Zone.Id;
        if (!_insets.TryGetValue(id, out var inset)) _insets[id] = inset = ZoneTitleRoom.Inset(container, zones[id]);
        return inset;
    }

    private readonly Dictionary<string, double> _insets = new(StringComparer.Ordinal);

    private double PortX(CrossLine line, string node)
    {
        var container = page.ContainerOf(node);
        return _containers[container.Zone.Zone.Id].X + Inset(container) + zones[container.Zone.Zone.Id].Paths[line.ExitOf(node)][^1].X;
    }

    private double XOf(CrossLine line, string node) => page.Places[node].InStrip ? _firewallX[node] : PortX(line, node);

    private static int BelowBand(int band) => 2 * band;
    private static int AboveBand(int band) => 2 * band - 1;

    private Plan PlanOf(CrossLine line)
    {
        var (u, l) = (page.Places[line.Upper], page.Places[line.Lower]);
        if (u.InStrip && l.InStrip && u.Strip == l.Strip)
        {
            var (a, b) = (_firewallX[line.Upper], _firewallX[line.Lower]);
            bool between = _firewallX.Any(f => page.Places[f.Key].Strip == u.Strip && f.Value > Math.Min(a, b) && f.Value < Math.Max(a, b));
            return new Plan(line, BelowBand(u.Strip), BelowBand(u.Strip), Straight: !between);
        }
        if (!u.InStrip && !l.InStrip && u.Band == l.Band) return new Plan(line, AboveBand(u.Band), AboveBand(u.Band), false);
        if (!u.InStrip && l.InStrip && l.Strip == u.Band) return new Plan(line, BelowBand(u.Band), BelowBand(u.Band), false);
        if (u.InStrip && !l.InStrip && l.Band == u.Strip + 1) return new Plan(line, AboveBand(l.Band), AboveBand(l.Band), false);
        int upper = u.InStrip ? AboveBand(u.Strip + 1) : BelowBand(u.Band);
        int lower = l.InStrip ? BelowBand(l.Strip) : AboveBand(l.Band);
        return new Plan(line, upper, lower, false);
    }

    private static bool UsesCorridor(Plan plan) => !plan.Straight && plan.UpperChannel != plan.LowerChannel;

    /// <summary>A management line joins the management bus (<see cref="ManagementBusRoute"/>).</summary>
    private static bool OnBus(Plan plan) => !plan.Straight && plan.Line.Hub is not null;

    /// <summary>The heights of the bus's runs, as the cleaned routes round them.</summary>
    private HashSet<double> BusYs() => _bus.Channels.Select(c => Math.Round(TrackY(c, ManagementBusRoute.TrackKey), 1)).ToHashSet();

    /// <summary>
    /// Corridor lanes: the shortest spans nearest the bands, so a lane's horizontal legs cross as few other lanes as possible.
    /// </summary>
    private void AssignLanes(List<Plan> plans)
    {
        foreach (var side in plans.Where(p => UsesCorridor(p) && !OnBus(p)).GroupBy(p => p.Line.Edge.Management))
        {
            int lane = 0;
            var shortestFirst = side.OrderBy(p => p.LowerChannel - p.UpperChannel).ThenBy(p => p.UpperChannel)
                .ThenBy(p => p.Line.Edge.Id, StringComparer.Ordinal);
            foreach (var plan in shortestFirst) _lanes[plan.Line.Edge.Id] = (side.Key, lane++);
        }
    }

    private (double Left, double Right) ContentSpan()
    {
        var lefts = _containers.Values.Select(b => b.X).Concat(_firewallX.Select(f => f.Value - page.Sizes[f.Key].Width / 2));
        var rights = _containers.Values.Select(b => b.Right).Concat(_firewallX.Select(f => f.Value + page.Sizes[f.Key].Width / 2));
        return (lefts.DefaultIfEmpty(0).Min(), rights.DefaultIfEmpty(0).Max());
    }

    private void AddSegments(Plan plan, Func<string, double> laneX)
    {
        var line = plan.Line;
        double xu = XOf(line, line.Upper), xl = XOf(line, line.Lower);
        if (OnBus(plan))
        {
            _bus.Join(plan.UpperChannel, xu);
            _bus.Join(plan.LowerChannel, xl);
            return;
        }
        if (!UsesCorridor(plan))
        {
            Segment(plan.UpperChannel, xu, xl, line.Edge.Id);
            return;
        }
        double lane = laneX(line.Edge.Id);
        Segment(plan.UpperChannel, lane, xu, line.Edge.Id + "^");
        Segment(plan.LowerChannel, lane, xl, line.Edge.Id + "v");
    }

    private void Segment(int channel, double a, double b, string key)
    {
        if (!_segments.TryGetValue(channel, out var list)) _segments[channel] = list = [];
        list.Add((Math.Min(a, b), Math.Max(a, b), key));
    }

    /// <summary>Interval scheduling: each horizontal leg takes the first track of its channel free over its span.</summary>
    private void AssignTracks()
    {
        foreach (var (channel, segments) in _segments)
        {
            var ends = new List<double>();
            foreach (var (from, to, key) in segments.OrderBy(s => s.From).ThenBy(s => s.To).ThenBy(s => s.Key, StringComparer.Ordinal))
            {
                int track = ends.FindIndex(end => end + TrackClearance < from);
                if (track < 0) { track = ends.Count; ends.Add(to); }
                else ends[track] = to;
                _tracks[(channel, key)] = track;
            }
        }
    }

    private double ChannelHeight(int channel)
    {
        if (!_segments.TryGetValue(channel, out _)) return EmptyChannelHeight;
        int lastTrack = _tracks.Where(t => t.Key.Channel == channel).Max(t => t.Value);
        // the tracks, with a track's spacing above the first and below the last
        return ZonedLayout.Track * (lastTrack + 2);
    }

    private double TrackY(int channel, string key) => _channelTop[channel] + ZonedLayout.Track * (_tracks[(channel, key)] + 1);

    private (Dictionary<int, double> BandTop, Dictionary<int, double> StripTop, double Height) PlaceY()
    {
        var bandTop = new Dictionary<int, double>();
        var stripTop = new Dictionary<int, double>();
        double y = ZonedLayout.TitleBand;
        _channelTop[AboveBand(0)] = y;
        y += ChannelHeight(AboveBand(0));
        for (int band = 0; band < page.Bands; band++)
        {
            bandTop[band] = y;
            y += _containers.Where(c => page.Zone(c.Key).Band == band).Select(c => c.Value.Height).DefaultIfEmpty(0).Max();
            _channelTop[BelowBand(band)] = y;
            y += ChannelHeight(BelowBand(band));
            stripTop[band] = y;
            y += StripHeight(band);
            _channelTop[AboveBand(band + 1)] = y;
            if (band + 1 < page.Bands || _segments.ContainsKey(AboveBand(band + 1))) y += ChannelHeight(AboveBand(band + 1));
        }
        return (bandTop, stripTop, y + ZonedLayout.Margin);
    }

    /// <summary>The height of a boundary strip: its tallest firewall.</summary>
    private double StripHeight(int strip) =>
        page.Places.Where(p => p.Value.InStrip && p.Value.Strip == strip).Select(p => page.Sizes[p.Key].Height).DefaultIfEmpty(0).Max();

    private List<Pt> Absolute(Container container, List<Pt> path)
    {
        var box = _containers[container.Zone.Zone.Id];
        return path.Select(p => new Pt(box.X + Inset(container) + p.X, box.Y + ZonedLayout.ZoneTitle + p.Y)).ToList();
    }

    /// <summary>From a box to where the line leaves its place: the container border, or the firewall's top or bottom.</summary>
    private List<Pt> Leg(CrossLine line, string node, bool downward, Dictionary<string, Box> boxes)
    {
        if (page.Places[node].InStrip)
        {
            var b = boxes[node];
            return [new Pt(b.CenterX, downward ? b.Bottom : b.Y)];
        }
        var container = page.ContainerOf(node);
        var path = Absolute(container, zones[container.Zone.Zone.Id].Paths[line.ExitOf(node)]);
        var box = _containers[container.Zone.Zone.Id];
        bool top = zones[container.Zone.Zone.Id].Paths[line.ExitOf(node)][^1].Y == 0;
        path[^1] = path[^1] with { Y = top ? box.Y : box.Bottom };
        return path;
    }

    private List<Pt> Route(Plan plan, Dictionary<string, Box> boxes, Func<string, double> laneX, double riserX)
    {
        var line = plan.Line;
        var (u, l) = (page.Places[line.Upper], page.Places[line.Lower]);
        List<Pt> points;
        if (plan.Straight)
        {
            var (a, b) = (boxes[line.Upper], boxes[line.Lower]);
            var (left, right) = a.X < b.X ? (a, b) : (b, a);
            points = [new Pt(left.Right, left.CenterY), new Pt(right.X, right.CenterY)];
            if (left != a) points.Reverse();
        }
        else
        {
            bool sameLevel = u.Level == l.Level;
            var upper = Leg(line, line.Upper, downward: !sameLevel, boxes);
            var lower = Leg(line, line.Lower, downward: false, boxes);
            lower.Reverse();
            if (OnBus(plan))
            {
                double y1 = TrackY(plan.UpperChannel, ManagementBusRoute.TrackKey);
                double y2 = TrackY(plan.LowerChannel, ManagementBusRoute.TrackKey);
                Pt[] along = y1 == y2 ? [] : [new Pt(riserX, y1), new Pt(riserX, y2)];
                points = [.. upper, new Pt(upper[^1].X, y1), .. along, new Pt(lower[0].X, y2), .. lower];
            }
            else if (!UsesCorridor(plan))
            {
                double y = TrackY(plan.UpperChannel, line.Edge.Id);
                points = [.. upper, new Pt(upper[^1].X, y), new Pt(lower[0].X, y), .. lower];
            }
            else
            {
                double lane = laneX(line.Edge.Id);
                double y1 = TrackY(plan.UpperChannel, line.Edge.Id + "^"), y2 = TrackY(plan.LowerChannel, line.Edge.Id + "v");
                points = [.. upper, new Pt(upper[^1].X, y1), new Pt(lane, y1), new Pt(lane, y2), new Pt(lower[0].X, y2), .. lower];
            }
        }
        if (line.Upper != line.Edge.From) points.Reverse();
        return points;
    }

    private static Pt[] Clean(IEnumerable<Pt> points)
    {
        var result = new List<Pt>();
        foreach (var p in points.Select(p => new Pt(Math.Round(p.X, 1), Math.Round(p.Y, 1))))
            if (result.Count == 0 || result[^1] != p) result.Add(p);
        return result.ToArray();
    }
}
