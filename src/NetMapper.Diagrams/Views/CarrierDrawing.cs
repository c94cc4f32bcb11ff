using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Diagrams;

/// <summary>
/// The lines to the outside as the physical view draws them: a labelled cloud per outside destination in its zone, a
/// line to it from the device at our end (or the carrier's router, when the scan saw it as a neighbour), primary solid
/// and backup dashed, each labelled with its role and the next hop.
/// </summary>
internal static class CarrierDrawing
{
    /// <summary>How many far ends a cloud lists under its title; more are in the records.</summary>
    private const int ListedFarEnds = 3;

    public static (IReadOnlyList<DiagramNode> Clouds, IReadOnlyList<DiagramEdge> Lines) Build(TopologyGraph graph, ZoneMap zones,
        DiagramText text)
    {
        var clouds = new List<DiagramNode>();
        var lines = new List<DiagramEdge>();
        foreach (var cloud in CarrierLines.Find(graph, zones))
        {
            string id = "carrier:" + cloud.Destination;
            string title = cloud.IsInternet ? text["Internet", "網際網路"] : cloud.Destination.ToString();
            var farEnds = cloud.Lines.Select(l => FarEnd(graph, l.Line)).Where(n => n.Length > 0).Distinct().Take(ListedFarEnds);
            clouds.Add(new DiagramNode(id, NodeKind.Cloud, title) { ZoneId = cloud.Zone.Id, Lines = farEnds.ToArray() });
            foreach (var (line, backup) in cloud.Lines)
            {
                string role = backup ? text["backup", "備援"] : text["primary", "主線"];
                lines.Add(new DiagramEdge($"{id}~{line.DeviceId}:{line.Port}", line.FarDevice ?? line.DeviceId, id)
                {
                    FromLabel = line.FarDevice is null ? InterfaceNames.Short(line.Port) : "",
                    Label = $"{role} · {line.NextHop}",
                    Backup = backup,
                });
            }
        }
        return (clouds, lines);
    }

    /// <summary>Who is at the far end: the neighbour the scan saw there, else the interface's description.</summary>
    private static string FarEnd(TopologyGraph graph, CarrierLine line) =>
        line.FarDevice is { } far ? graph.Device(far)?.Label ?? "" : line.Description;
}
