using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Diagrams;

/// <summary>A laid-out page and what its title block says.</summary>
public sealed record DiagramPage(DiagramLayout Layout, DiagramContext Context)
{
    /// <summary>The part of the file name that tells pages of one view apart ("" for a one-page view).</summary>
    public string Suffix { get; init; } = "";
}

/// <summary>The pages of each view of a scan, laid out: physical (one page), logical (one page), zones (a page per zone).</summary>
public static class DiagramBook
{
    public static readonly string[] Views = ["physical", "logical", "zones"];

    public static (IReadOnlyList<DiagramPage> Pages, IReadOnlyDictionary<string, NodeHint> Hints) Build(string view, TopologyGraph graph,
        ZoneMap zones, ILifecycleMarks lifecycle, DiagramContext context, IReadOnlyDictionary<string, NodeHint>? hints,
        DiagramChanges? changes = null)
    {
        var physical = PhysicalView.Build(graph, zones, lifecycle, context.Text);
        if (changes is not null) physical = changes.Apply(physical);
        switch (view)
        {
            case "physical":
                var (layout, newHints) = ZonedLayout.Run(VlanPalette.Apply(physical), hints);
                return ([new DiagramPage(layout, context)], newHints);
            case "logical":
                var logical = LogicalLayout.Run(VlanPalette.Apply(LogicalView.Build(graph, zones, context.Text)));
                return ([new DiagramPage(logical, context)], new Dictionary<string, NodeHint>());
            case "zones":
                // the zone pages place each device where the physical view does
                var placed = ZonedLayout.Run(physical, hints).Hints;
                var pages = ZonePages.Split(physical);
                DiagramContext Numbered(int i) => context with { Page = i + 1, Pages = pages.Count };
                var zonePages = pages.Select((p, i) => ZonePage(p.Zone, p.Graph, placed, Numbered(i)));
                return (zonePages.ToArray(), new Dictionary<string, NodeHint>());
            default:
                throw new ArgumentException($"view '{view}' must be one of {string.Join(", ", Views)}", nameof(view));
        }
    }

    /// <summary>A zone's page, subtitled with the zone's name.</summary>
    private static DiagramPage ZonePage(Zone zone, DiagramGraph graph, IReadOnlyDictionary<string, NodeHint> placed, DiagramContext context)
    {
        // each zone page colours its own VLANs, so they stay apart on it
        var layout = ZonedLayout.Run(VlanPalette.Apply(graph), placed).Layout;
        return new DiagramPage(layout, context with { Subtitle = context.Text.ZoneName(zone) }) { Suffix = zone.Id };
    }
}
