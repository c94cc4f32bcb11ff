using System.Xml.Linq;

namespace NetMapper.Diagrams.Tests;

/// <summary>The physical view and the zone pages of a generated network, drawn as the diagram command draws them.</summary>
internal static class GeneratedDrawings
{
    public static IReadOnlyList<(string Page, XElement Svg)> Of(int devices, Func<DiagramGraph, DiagramGraph>? change = null)
    {
        var physical = SyntheticNetwork.Build(devices);
        if (change is not null) physical = change(physical);
        var (layout, placed) = ZonedLayout.Run(VlanPalette.Apply(physical));
        var pages = new List<(string, XElement)> { ("physical", SvgWriter.Build(layout, ZonedLayoutTests.Context())) };
        foreach (var (zone, graph) in ZonePages.Split(physical))
        {
            var zoneLayout = ZonedLayout.Run(VlanPalette.Apply(graph), placed).Layout;
            pages.Add(("zone " + zone.Id, SvgWriter.Build(zoneLayout, ZonedLayoutTests.Context())));
        }
        return pages;
    }
}
