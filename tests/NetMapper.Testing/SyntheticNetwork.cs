using NetMapper.Diagrams;
using NetMapper.Zones;

namespace NetMapper.Testing;

/// <summary>
/// Generated networks of any size for layout tests and the layout benchmark, shaped like a firm's: edge routers, an
/// outer and an inner firewall pair on the boundaries, and in each zone a core pair, distribution pairs, access switches
/// with two uplinks, and servers; a management switch per zone links to the cores. Seeded: the same size gives the same graph.
/// </summary>
public static class SyntheticNetwork
{
    public static DiagramGraph Build(int devices, int seed = 7)
    {
        var policy = ZonePolicy.Default();
        string[] insideZones = ["dmz", "production", "uat", "test", "office", "wireless", "management"];
        var random = new Random(seed);
        var nodes = new List<DiagramNode>();
        var edges = new List<DiagramEdge>();
        void Node(string id, NodeKind kind, string zone, bool boundary = false)
        {
            var address = $"10.{nodes.Count / 250}.{nodes.Count % 250}.1";
            nodes.Add(new DiagramNode(id, kind, id) { ZoneId = zone, OnBoundary = boundary, Lines = [address, kind.ToString()] });
        }
        void Edge(string a, string b, bool backup = false) =>
            edges.Add(new DiagramEdge($"{a}~{b}#{edges.Count}", a, b)
            {
                FromLabel = "Gi1/0/" + (edges.Count % 48 + 1),
                ToLabel = "Te1/1/" + (edges.Count % 4 + 1),
                Label = "10G",
                Backup = backup,
                Vlan = random.Next(4) == 0 ? 100 + random.Next(20) : null,
            });

        foreach (var id in new[] { "edge-rtr1", "edge-rtr2" }) Node(id, NodeKind.Router, "external");
        foreach (var id in new[] { "fw-ext1", "fw-ext2", "fw-int1", "fw-int2" }) Node(id, NodeKind.Firewall, "dmz", boundary: true);
        Edge("edge-rtr1", "fw-ext1"); Edge("edge-rtr2", "fw-ext2"); Edge("fw-ext1", "fw-ext2"); Edge("fw-int1", "fw-int2");
        int perZone = Math.Max(6, (devices - nodes.Count) / insideZones.Length);
        foreach (var zone in insideZones)
        {
            string core1 = $"{zone}-core1", core2 = $"{zone}-core2";
            Node(core1, NodeKind.L3Switch, zone); Node(core2, NodeKind.L3Switch, zone);
            Edge(core1, core2);
            if (zone == "dmz") { Edge("fw-ext1", core1); Edge("fw-ext2", core2); Edge(core1, "fw-int1"); Edge(core2, "fw-int2"); }
            else if (zone != "management") { Edge("fw-int1", core1); Edge("fw-int2", core2); }
            int left = perZone - 2, pairs = Math.Max(1, left / 20);
            var distribution = new List<(string, string)>();
            for (int p = 0; p < pairs && left >= 2; p++, left -= 2)
            {
                string d1 = $"{zone}-dist{p}a", d2 = $"{zone}-dist{p}b";
                Node(d1, NodeKind.Switch, zone); Node(d2, NodeKind.Switch, zone);
                Edge(core1, d1); Edge(core2, d2); Edge(core1, d2, backup: true); Edge(core2, d1, backup: true);
                distribution.Add((d1, d2));
            }
            var access = new List<string>();
            int accessCount = Math.Max(1, left / 4);
            for (int a = 0; a < accessCount && left > 0; a++, left--)
            {
                string id = $"{zone}-acc{a}";
                var (d1, d2) = distribution.Count > 0 ? distribution[a % distribution.Count] : (core1, core2);
                Node(id, NodeKind.Switch, zone);
                Edge(d1, id); Edge(d2, id, backup: true);
                access.Add(id);
            }
            for (int s = 0; left > 0; s++, left--)
            {
                string id = $"{zone}-srv{s}";
                Node(id, zone == "wireless" ? NodeKind.AccessPoint : NodeKind.Server, zone);
                Edge(access[random.Next(access.Count)], id);
            }
        }
        foreach (var zone in insideZones.Where(z => z != "management"))
            edges.Add(new DiagramEdge($"mgmt~{zone}", "management-core1", $"{zone}-core1") { Management = true });
        var zones = insideZones.Prepend("external").Select(id => policy.Find(id)!)
            .Select(z => new DiagramZone(z, ZoneRows.RowOf(z.Trust), policy.Zones.ToList().IndexOf(z))).ToArray();
        return new DiagramGraph("physical", $"synthetic-{devices}") { Nodes = nodes, Edges = edges, Zones = zones };
    }
}
