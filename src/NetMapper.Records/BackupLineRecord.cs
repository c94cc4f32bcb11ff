using NetMapper.Topology;

namespace NetMapper.Records;

/// <summary>
/// Backup lines (備援線路): the lines to the outside and which one backs up which (<see cref="CarrierLines"/>), and the
/// redundancy the network itself shows: LAG members, parallel cables, spanning-tree standby links, and destinations
/// inside routed through more than one next-hop device.
/// </summary>
internal static class BackupLineRecord
{
    public static RecordTable Build(RecordContext c)
    {
        var w = c.W;
        var carrier = CarrierLines.Find(c);
        var rows = new List<IReadOnlyList<RecordCell>>(CarrierLines.Rows(carrier, c));
        var links = c.Graph.Links;
        foreach (var lag in links.Where(l => l.Aggregate is not null).GroupBy(l => (l.A.Device, l.B.Device, l.Aggregate)))
        {
            var members = string.Join(", ", lag.Select(l => $"{l.A.Port} — {l.B.Port}"));
            var backsUp = w[$"{lag.Count()} members back each other up", $"{lag.Count()} 條成員互為備援"];
            rows.Add([w["LAG", "鏈路聚合"], Between(c, lag.First()), members, backsUp, LinkWords.Evidence(lag, c.Chinese)]);
        }
        var parallel = links.Where(l => l.Aggregate is null).GroupBy(l => (l.A.Device, l.B.Device)).Where(g => g.Count() > 1);
        foreach (var pair in parallel)
        {
            var cables = string.Join(", ", pair.Select(l => $"{l.A.Port} — {l.B.Port}"));
            rows.Add([w["Parallel links", "並行鏈路"], Between(c, pair.First()), cables, w["redundant cables", "備援線路"],
                LinkWords.Evidence(pair, c.Chinese)]);
        }
        foreach (var link in links.Where(l => l.Backup))
            rows.Add([w["Standby (spanning tree)", "備援 (生成樹阻斷)"], Between(c, link), $"{link.A.Port} — {link.B.Port}",
                w["blocked until the active path fails", "主要路徑中斷時啟用"], LinkWords.Evidence([link], c.Chinese)]);
        var outside = carrier.SelectMany(l => l.Destinations).ToHashSet();
        rows.AddRange(AlternateRoutes(c, outside));
        IReadOnlyList<string> headers =
        [
            w["Kind", "類型"], w["Between / destination", "兩端 / 目的網段"],
            w["Links / paths", "鏈路 / 路徑"], w["What it backs up", "備援說明"], w["Evidence", "依據"],
        ];
        return new RecordTable("backup-lines", w["Backup lines", "備援線路"], headers, rows);
    }

    private static string Between(RecordContext c, Link link) => $"{c.Name(link.A.Device)} — {c.Name(link.B.Device)}";

    /// <summary>Destinations (not the default route, not one a line to the outside carries) that routes of the network
    /// send to more than one next-hop device.</summary>
    private static IEnumerable<RecordCell[]> AlternateRoutes(RecordContext c, HashSet<IpPrefix> outside)
    {
        var w = c.W;
        var deviceAddresses = c.Graph.Devices.SelectMany(d => d.Addresses.Select(a => (a.Address, Device: d)));
        var byAddress = deviceAddresses.DistinctBy(x => x.Address).ToDictionary(x => x.Address, x => x.Device);
        string NextHopLabel(RouteEntry r) => byAddress.TryGetValue(r.NextHop!, out var d) ? d.Label : r.NextHop!.ToString();
        var routed = c.Graph.Routes.Where(r => r.NextHop is not null && r.Destination.Length > 0 && !outside.Contains(r.Destination));
        foreach (var destination in routed.GroupBy(r => r.Destination).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
        {
            var via = destination.Select(NextHopLabel).Distinct().Order(StringComparer.Ordinal).ToArray();
            if (via.Length < 2) continue;
            var routers = destination.Select(r => c.Name(r.DeviceId)).Distinct().Order(StringComparer.Ordinal);
            string tables = string.Join(c.Chinese ? "、" : ", ", routers);
            yield return
            [
                w["Alternate routes", "備援路由"], destination.Key.ToString(), string.Join(", ", via),
                w[$"reachable through {via.Length} routers", $"可經 {via.Length} 台設備到達"],
                w[$"routing tables of {tables}", $"{tables} 的路由表"],
            ];
        }
    }
}
