using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;
using QuikGraph.Algorithms.Search;

namespace NetMapper.Diagrams;

/// <summary>Which layer each box goes in: breadth-first from the boxes that connect upwards, redundant pairs staggered.</summary>
internal static partial class LayeredLayout
{
    /// <summary>Neighbours a linked pair shares to count as twins (a core pair).</summary>
    private const int LinkedTwinSharedNeighbours = 3;
    /// <summary>Neighbours an unlinked pair shares to count as twins (a distribution pair, every access switch homed to both).</summary>
    private const int UnlinkedTwinSharedNeighbours = 4;
    /// <summary>Neighbours a box shares with a start box to be drawn beside it as its redundant peer.</summary>
    private const int PeerSharedNeighbours = 2;

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
}
