using NetMapper.Topology;
using NetMapper.Topology.Diff;
using NetMapper.Zones;

namespace NetMapper.Report.Tests;

/// <summary>Models of generated networks for the page writer's tests: built by the report's own builder, no browser.</summary>
internal static class SampleReport
{
    public static readonly ReportScan Scan = new(7, DateTimeOffset.UnixEpoch, Complete: true) { Scope = ["10.0.0.0/8"] };

    public static ReportModel Of(TopologyGraph graph, string language = "en", GraphDiff? diff = null, string organisation = "Formosa",
        ReportScan? scan = null)
    {
        var zones = new ZoneMap(graph, ZonePolicy.Default());
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" data-view=\"physical\"><g data-node=\"x\"/></svg>";
        return ReportBuilder.Build(new ReportInput(scan ?? Scan, graph, zones, language, organisation)
        {
            Diagrams = [new ReportDiagram("physical", "Physical", svg)],
            Diff = diff,
        });
    }
}
