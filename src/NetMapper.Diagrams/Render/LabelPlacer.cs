namespace NetMapper.Diagrams;

/// <summary>
/// Finds each label a free spot: a port name beside its line near its box (upright along a vertical leg, else level),
/// stepping further along the line until it lies over no box, title or label placed before it; a line's speed and VLAN
/// along its longest leg, shortened ("VLAN 110", "110") or left out where no spot is free. Port names go first: they
/// say which cable is which, and a line's colour and the legend still tell its VLAN.
/// </summary>
internal sealed class LabelPlacer(LabelSpace space)
{
    /// <summary>Distances from the box, along the line, tried in turn for a port name.</summary>
    private static readonly double[] Steps =
        [.. Enumerable.Range(1, 20).Select(i => 3.0 * i), .. Enumerable.Range(1, 20).Select(i => 60.0 + 12 * i),
            .. Enumerable.Range(1, 30).Select(i => 300.0 + 24 * i)];
    /// <summary>Where along the longest leg a middle label is tried, as shares of the leg.</summary>
    private static readonly double[] Shares = [0.5, 0.35, 0.65, 0.2, 0.8];
    /// <summary>Where no spot is free, a label over another label is the lesser harm than one over a box.</summary>
    private const int BoxWeight = 10;
    /// <summary>Space between a line and a label beside it.</summary>
    private const double Beside = 3;

    /// <summary>The free spot for a port name at the start of <paramref name="line"/> (its points from the port on);
    /// where none is free, the one that lies over the fewest things.</summary>
    /// <param name="more">Other lines the label may stand by, tried after the first (a bus the line joins).</param>
    public TextSpot PortLabel(IReadOnlyList<Pt> line, string text, double size, params IReadOnlyList<Pt>[] more)
    {
        TextSpot? best = null;
        int fewest = int.MaxValue;
        var at = line[0];
        var spots = more.Prepend(line).SelectMany(l => Legs(l).SelectMany(leg => PortSpots(leg.From, leg.To, leg.Start, text, size)));
        foreach (var spot in spots)
        {
            int collisions = space.Collisions(spot.Ink, BoxWeight);
            if (collisions < fewest) (best, fewest) = (spot, collisions);
            if (collisions == 0) break;
        }
        var chosen = best ?? new TextSpot(at.X, at.Y, "start", false, text, size);
        space.Add(chosen.Ink);
        return chosen;
    }

    /// <summary>A free spot along the leg a–b for the first of the texts that finds one; null where none does.</summary>
    public TextSpot? MiddleLabel(Pt a, Pt b, IEnumerable<string> texts, double size, double room)
    {
        double length = Math.Abs(a.X - b.X) + Math.Abs(a.Y - b.Y);
        bool vertical = a.X == b.X;
        foreach (var text in texts.Where(t => t.Length > 0))
        {
            double width = TextWidth.Of(text, size);
            if (!vertical && width + room > length) continue;
            foreach (var share in Shares)
            {
                var p = new Pt(a.X + (b.X - a.X) * share, a.Y + (b.Y - a.Y) * share);
                TextSpot[] spots = vertical
                    ? [Level(p.X + Beside + 1, p.Y, "start", text, size), Level(p.X - Beside - 1, p.Y, "end", text, size)]
                    : [Level(p.X, p.Y - Beside, "middle", text, size), Level(p.X, p.Y + Beside + Above(size), "middle", text, size)];
                foreach (var spot in spots.Where(s => Along(s.Ink, a, b, vertical) && space.Collisions(s.Ink) == 0))
                {
                    space.Add(spot.Ink);
                    return spot;
                }
            }
        }
        return null;
    }

    /// <summary>The legs of a line from its start, each with how far along the line it starts; as far as the steps reach.</summary>
    private static IEnumerable<(Pt From, Pt To, double Start)> Legs(IReadOnlyList<Pt> line)
    {
        double start = 0;
        for (int i = 0; i + 1 < line.Count && start <= Steps[^1]; i++)
        {
            yield return (line[i], line[i + 1], start);
            start += Math.Sqrt(Math.Pow(line[i + 1].X - line[i].X, 2) + Math.Pow(line[i + 1].Y - line[i].Y, 2));
        }
    }

    /// <summary>Spots beside the leg at–toward, for the steps that fall on it (counted from the line's start).</summary>
    private static IEnumerable<TextSpot> PortSpots(Pt at, Pt toward, double legStart, string text, double size)
    {
        double dx = toward.X - at.X, dy = toward.Y - at.Y, leg = Math.Sqrt(dx * dx + dy * dy);
        if (leg == 0) yield break;
        var (ux, uy) = (dx / leg, dy / leg);
        double width = TextWidth.Of(text, size), above = Above(size), below = TextWidth.DescentEm * size;
        bool vertical = Math.Abs(dy) > Math.Abs(dx) * 2, level = Math.Abs(dx) > Math.Abs(dy) * 2;
        // on the first leg the first step; on later ones each step that falls on them
        var steps = Steps.Select(s => s - legStart).Where(s => s >= 0 && s < Math.Max(leg, legStart == 0 ? Steps[0] + 1 : 0));
        foreach (var s in steps)
        {
            var p = new Pt(at.X + ux * s, at.Y + uy * s);
            if (vertical)
            {
                bool down = dy > 0;
                // upright along the line, on either side of it, while the text fits on the leg
                if (s + width <= leg - 2)
                {
                    string anchor = down ? "end" : "start";
                    yield return new TextSpot(at.X - Beside - below, p.Y, anchor, true, text, size);
                    yield return new TextSpot(at.X + Beside + above, p.Y, anchor, true, text, size);
                }
                double baseline = down ? p.Y + above : p.Y - below;
                yield return Level(at.X + Beside, baseline, "start", text, size);
                yield return Level(at.X - Beside, baseline, "end", text, size);
            }
            else if (level)
            {
                if (s + width > leg) continue;
                string anchor = dx > 0 ? "start" : "end";
                // above or below the line where the text starts; a shallow slope may cross its far end (the halo shows it)
                yield return Level(p.X, p.Y - Beside - below, anchor, text, size);
                yield return Level(p.X, p.Y + Beside + above, anchor, text, size);
            }
            else
            {
                // beside a slanting line, centred on the point of it
                double baseline = p.Y + (above - below) / 2;
                yield return Level(p.X + Beside, baseline, "start", text, size);
                yield return Level(p.X - Beside, baseline, "end", text, size);
                // or across it, above or below the point: the halo keeps it readable over its own line
                yield return Level(p.X, p.Y - below - 1, "middle", text, size);
                yield return Level(p.X, p.Y + above + 1, "middle", text, size);
            }
        }
    }

    private static TextSpot Level(double x, double y, string anchor, string text, double size) => new(x, y, anchor, false, text, size);

    private static double Above(double size) => TextWidth.AscentEm * size;

    /// <summary>A middle label stays by its leg: across a level leg it lies within the leg's length.</summary>
    private static bool Along(Box ink, Pt a, Pt b, bool vertical) =>
        vertical ? ink.Y >= Math.Min(a.Y, b.Y) && ink.Bottom <= Math.Max(a.Y, b.Y)
            : ink.X >= Math.Min(a.X, b.X) && ink.Right <= Math.Max(a.X, b.X);
}
