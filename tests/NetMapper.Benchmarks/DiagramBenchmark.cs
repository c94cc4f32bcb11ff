using System.Diagnostics;
using System.Globalization;
using NetMapper.Diagrams;
using NetMapper.Testing;

namespace NetMapper.Benchmarks;

/// <summary>
/// Layout and SVG of generated networks of 100, 500 and 2,000 devices in 8 zones, against Graphviz dot laying out the
/// same graph (zones as clusters) and writing SVG. Time: NetMapper in process (median of 7 after a first, cold run, also
/// printed), dot as the command (median of 7), taking turns. Crossings: pairs of lines that cross, counted the same way on both
/// drawings (dot's splines sampled along their Bézier pieces); lines through boxes likewise.
/// </summary>
internal static class DiagramBenchmark
{
    public static async Task RunAsync()
    {
        Console.WriteLine("Diagram layout + SVG (generated networks, 8 zones) vs Graphviz dot with a cluster per zone");
        bool hasDot = Requires.FindOnPath("dot") is not null;
        if (!hasDot) Console.WriteLine("  dot is not installed (apt-get install graphviz): NetMapper's numbers only");
        var context = new DiagramContext("bench", 1, DateTimeOffset.UnixEpoch, "sha256:bench", new DiagramText("en"));
        var dir = Directory.CreateTempSubdirectory("netmapper-bench-diagram-").FullName;
        try
        {
            foreach (int size in new[] { 100, 500, 2000 })
            {
                var graph = SyntheticNetwork.Build(size);
                var cold = Stopwatch.StartNew();
                var layout = Draw(graph, context, dir);
                cold.Stop();
                string dotFile = Path.Combine(dir, $"g{size}.dot"), bareFile = Path.Combine(dir, $"g{size}-bare.dot");
                string dotSvg = Path.Combine(dir, $"g{size}.dot.svg"), bareSvg = Path.Combine(dir, $"g{size}-bare.dot.svg");
                string dot = DotWriter.Write(graph, context.Text);
                await File.WriteAllTextAsync(dotFile, dot);
                // the same graph without port names, speeds and VLAN labels: dot's time for the structure alone
                string bareDot = System.Text.RegularExpressions.Regex.Replace(dot, @", (taillabel|headlabel|label)=""[^""]*""", "");
                await File.WriteAllTextAsync(bareFile, bareDot);
                // NetMapper and dot take turns, so a busy moment of the machine falls on both
                var (oursTimes, dotTimes, bareTimes) = (new List<TimeSpan>(), new List<TimeSpan>(), new List<TimeSpan>());
                for (int run = 0; run < Runs; run++)
                {
                    var watch = Stopwatch.StartNew();
                    Draw(graph, context, dir);
                    oursTimes.Add(watch.Elapsed);
                    if (!hasDot) continue;
                    watch.Restart();
                    await ChildProcess.RunAsync("dot", ["-Tsvg", "-o", dotSvg, dotFile], TimeSpan.FromMinutes(10));
                    dotTimes.Add(watch.Elapsed);
                    watch.Restart();
                    await ChildProcess.RunAsync("dot", ["-Tsvg", "-o", bareSvg, bareFile], TimeSpan.FromMinutes(10));
                    bareTimes.Add(watch.Elapsed);
                }
                var ours = Median(oursTimes);
                var (layoutOnly, _) = await Measure.MedianAsync(() => Task.FromResult(ZonedLayout.Run(graph)));
                long crossings = LayoutChecks.Crossings(layout);
                long inside = InsideZones(layout, graph);
                int through = LayoutChecks.LinesThroughNodes(layout).Count();
                string ourResult = $"NetMapper {Measure.Ms(ours)} (layout {Measure.Ms(layoutOnly)}, first run {Measure.Ms(cold.Elapsed)})";
                Console.Write($"  {graph.Nodes.Count,5} devices, {graph.Edges.Count,5} links: {ourResult}, " +
                    $"{crossings} crossings ({inside} inside zones), {through} lines through boxes");
                if (!hasDot) { Console.WriteLine(); continue; }

                var dotTime = Median(dotTimes);
                var (_, plain, _) = await ChildProcess.RunAsync("dot", ["-Tplain", dotFile], TimeSpan.FromMinutes(10));
                var dotLayout = FromPlain(plain, graph);
                long dotCrossings = LayoutChecks.Crossings(dotLayout);
                int dotThrough = LayoutChecks.LinesThroughNodes(dotLayout).Count();
                string dotResult = $"dot {Measure.Ms(dotTime)}, {dotCrossings} crossings ({InsideZones(dotLayout, graph)} inside zones)";
                Console.WriteLine($"; {dotResult}, {dotThrough} lines through boxes");
                var bareTime = Median(bareTimes);
                string layoutAlone = $"NetMapper's layout alone {Measure.Ratio(layoutOnly / bareTime)} of that";
                string withSvg = $"layout + SVG {Measure.Ratio(ours / bareTime)}";
                Console.WriteLine($"        dot without the line labels: {Measure.Ms(bareTime)}; {layoutAlone}, {withSvg}");
                double crossingRatio = (dotCrossings, crossings) switch
                {
                    (0, 0) => 1,
                    (0, _) => double.PositiveInfinity,
                    _ => (double)crossings / dotCrossings,
                };
                string timeRatio = $"time {Measure.Ratio(ours / dotTime)} dot's drawing the same labels (target <= 2x)";
                Console.WriteLine($"        {timeRatio}, crossings {Measure.Ratio(crossingRatio)} dot's (target <= 1x)");
            }
        }
        finally { Directory.Delete(dir, recursive: true); }
        Console.WriteLine();
    }

    private const int Runs = 7;

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static long InsideZones(DiagramLayout layout, DiagramGraph graph)
    {
        var zoneOf = graph.Nodes.ToDictionary(n => n.Id, n => n.OnBoundary ? "" : n.ZoneId, StringComparer.Ordinal);
        bool WithinOneZone(PlacedEdge e) => zoneOf[e.Edge.From].Length > 0 && zoneOf[e.Edge.From] == zoneOf[e.Edge.To];
        return LayoutChecks.Crossings(layout with { Edges = layout.Edges.Where(WithinOneZone).ToArray() });
    }

    private static DiagramLayout Draw(DiagramGraph graph, DiagramContext context, string dir)
    {
        var (layout, _) = ZonedLayout.Run(graph);
        File.WriteAllText(Path.Combine(dir, "ours.svg"), SvgWriter.ToXml(SvgWriter.Build(layout, context)));
        return layout;
    }

    /// <summary>dot's -Tplain output as a layout: boxes from node lines (inches, centre), lines from the splines' control points.</summary>
    private static DiagramLayout FromPlain(string plain, DiagramGraph graph)
    {
        var nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var placed = new List<PlacedNode>();
        var edges = new List<PlacedEdge>();
        foreach (var line in plain.Split('\n'))
        {
            var f = Tokens(line);
            if (f.Count == 0) continue;
            double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture) * 72;
            if (f[0] == "node" && nodes.TryGetValue(f[1], out var node))
                placed.Add(new PlacedNode(node, new Box(D(2) - D(4) / 2, D(3) - D(5) / 2, D(4), D(5))));
            else if (f[0] == "edge")
            {
                int n = int.Parse(f[3], CultureInfo.InvariantCulture);
                var control = Enumerable.Range(0, n).Select(i => new Pt(D(4 + 2 * i), D(5 + 2 * i))).ToArray();
                var points = Bezier(control);
                edges.Add(new PlacedEdge(new DiagramEdge($"e{edges.Count}", f[1], f[2]), points));
            }
        }
        return new DiagramLayout(graph, 0, 0) { Nodes = placed, Edges = edges };
    }

    /// <summary>dot's spline: cubic Bézier pieces sharing end points (p0 p1 p2 p3 p4 p5 p6 ...), sampled 12 times each.</summary>
    private static Pt[] Bezier(Pt[] c)
    {
        var points = new List<Pt> { c[0] };
        for (int i = 0; i + 3 < c.Length; i += 3)
            for (int k = 1; k <= 12; k++)
            {
                double t = k / 12.0, u = 1 - t;
                points.Add(new Pt(u * u * u * c[i].X + 3 * u * u * t * c[i + 1].X + 3 * u * t * t * c[i + 2].X + t * t * t * c[i + 3].X,
                    u * u * u * c[i].Y + 3 * u * u * t * c[i + 1].Y + 3 * u * t * t * c[i + 2].Y + t * t * t * c[i + 3].Y));
            }
        return points.ToArray();
    }

    private static List<string> Tokens(string line)
    {
        var tokens = new List<string>();
        for (int i = 0; i < line.Length;)
        {
            if (line[i] == ' ') { i++; continue; }
            if (line[i] == '"')
            {
                int end = line.IndexOf('"', i + 1);
                tokens.Add(line[(i + 1)..end]);
                i = end + 1;
            }
            else
            {
                int end = line.IndexOf(' ', i);
                if (end < 0) end = line.Length;
                tokens.Add(line[i..end]);
                i = end;
            }
        }
        return tokens;
    }
}
