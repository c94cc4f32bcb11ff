using System.Globalization;
using NetMapper.Lifecycle.Matching;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Records;

/// <summary>
/// The records Article 4.2 asks for, from one scan: network segments, routing, host IP addresses, backup lines,
/// wireless, devices, and the segmentation findings (Art. 5).
/// </summary>
public static class RecordBuilder
{
    /// <param name="lifecycle">The lifecycle rows of the scan's devices, for the device record's status and last date of
    /// support; without them those columns are empty.</param>
    /// <param name="scan">Which scan, and whether it finished: the first sheet when given.</param>
    public static IReadOnlyList<RecordTable> Build(TopologyGraph graph, ZoneMap zones, string language,
        IReadOnlyList<LifecycleRow>? lifecycle = null, RecordScan? scan = null)
    {
        var w = new Words(language);
        string Zone(Zone z) => z.Name(language);
        string Name(string id) => graph.LabelOf(id);
        var tables = new List<RecordTable>();
        if (scan is not null) tables.Add(scan.Table(w));
        tables.AddRange(
        [
            Segments(graph, zones, w, Zone, Name),
            Routing(graph, w, Name),
            Hosts(graph, zones, w, Zone, Name),
            BackupLines(graph, w, Name),
            Wireless(graph, zones, w, Zone, Name),
            Devices(graph, zones, w, Zone, lifecycle ?? []),
            Findings(graph, zones, w, Name),
        ]);
        return tables;
    }

    private static RecordTable Segments(TopologyGraph graph, ZoneMap zones, Words w, Func<Zone, string> zone, Func<string, string> name)
    {
        var rows = graph.Subnets.Select(s =>
        {
            var vlanName = s.Vlan is int v ? graph.Vlans.FirstOrDefault(x => x.Id == v)?.Names.FirstOrDefault() ?? "" : "";
            bool IsGateway(SubnetMember m) =>
                graph.Device(m.DeviceId)?.Role is DeviceRole.Router or DeviceRole.Firewall or DeviceRole.L3Switch;
            var gateways = s.Members.Where(IsGateway).Select(m => $"{name(m.DeviceId)} {m.Interface} {m.Address}");
            return Row(s.Prefix.ToString(), s.Vlan?.ToString(CultureInfo.InvariantCulture) ?? "", vlanName, zone(zones.OfSubnet(s.Prefix)),
                string.Join("; ", gateways), Count(s.Members.Select(m => m.DeviceId).Distinct().Count()), Count(s.HostCount),
                vlanName.Length > 0 ? vlanName : zone(zones.OfSubnet(s.Prefix)));
        });
        IReadOnlyList<string> headers =
        [
            w["Subnet", "網段"], w["VLAN", "VLAN"], w["VLAN name", "VLAN 名稱"], w["Zone", "區域"],
            w["Gateway", "閘道"], w["Devices", "設備數"], w["Hosts", "主機數"], w["Purpose", "用途"],
        ];
        return new RecordTable("segments", w["Network segments", "網段"], headers, rows.ToArray());
    }

    private static RecordTable Routing(TopologyGraph graph, Words w, Func<string, string> name)
    {
        var ordered = graph.Routes.OrderBy(r => name(r.DeviceId), StringComparer.Ordinal)
            .ThenBy(r => r.Destination.ToString(), StringComparer.Ordinal);
        var rows = ordered.Select(r => Row(name(r.DeviceId), r.Destination.ToString(), r.NextHop?.ToString() ?? w["connected", "直連"],
            graph.Device(r.DeviceId)?.PortName(r.IfIndex) ?? "", r.Protocol, Count(r.Metric)));
        IReadOnlyList<string> headers =
        [
            w["Device", "設備"], w["Destination", "目的網段"], w["Next hop", "下一跳"],
            w["Interface", "介面"], w["Protocol", "協定"], w["Metric", "成本"],
        ];
        return new RecordTable("routing", w["Routing", "路由"], headers, rows.ToArray());
    }

    private static RecordTable Hosts(TopologyGraph graph, ZoneMap zones, Words w, Func<Zone, string> zone, Func<string, string> name)
    {
        // Device interfaces are hosts of the segment too: an auditor's IP list has every address in use.
        var deviceRows = graph.Devices.SelectMany(d => d.Addresses.Where(a => a.IsOnSubnet).Select(a => (Ip: a.Address, Row: Row(
            a.Address.ToString(), d.Interface(a.IfIndex)?.Mac?.ToString() ?? "", d.Vendor, d.Label,
            zone(zones.OfAddress(a.Address)), d.Label, d.PortName(a.IfIndex), "", w["device interface", "設備介面"]))));
        var hostRows = graph.Hosts.Where(h => h.Address is not null).Select(h => (Ip: h.Address!, Row: Row(
            h.Address!.ToString(), h.Mac?.ToString() ?? "", h.Vendor, h.HostName, zone(zones.OfHost(h)),
            h.Device is null ? "" : name(h.Device), h.Port ?? "",
            h.Vlan?.ToString(CultureInfo.InvariantCulture) ?? "", string.Join(", ", h.Methods))));
        (System.Net.IPAddress Ip, string[] Row) AnnouncedRow(Device d, string address)
        {
            var ip = System.Net.IPAddress.Parse(address);
            var foundBy = w["neighbour announcement", "鄰居宣告"];
            return (ip, Row(address, "", d.Vendor, d.Name, zone(zones.OfAddress(ip)), "", "", "", foundBy));
        }
        var edgeRows = graph.Devices.Where(d => d.Status == PollStatus.NotPolled)
            .SelectMany(d => d.ManagementAddresses.Select(a => AnnouncedRow(d, a)));
        var rows = deviceRows.Concat(hostRows).Concat(edgeRows).DistinctBy(x => x.Ip)
            .OrderBy(x => x.Ip, IpAddressing.Order).Select(x => x.Row);
        IReadOnlyList<string> headers =
        [
            w["IP address", "IP 位址"], w["MAC", "MAC"], w["Vendor", "廠牌"], w["Host name", "主機名稱"], w["Zone", "區域"],
            w["Seen on device", "所在設備"], w["Port", "連接埠"], w["VLAN", "VLAN"], w["Found by", "發現方式"],
        ];
        return new RecordTable("hosts", w["Host IP addresses", "主機 IP 位址"], headers, rows.ToArray());
    }

    /// <summary>Redundancy the network itself shows: LAG members, parallel cables, spanning-tree standby links, and destinations
    /// routed through more than one next-hop device (a second carrier, a backup line to the exchanges).</summary>
    private static RecordTable BackupLines(TopologyGraph graph, Words w, Func<string, string> name)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var lag in graph.Links.Where(l => l.Aggregate is not null).GroupBy(l => (l.A.Device, l.B.Device, l.Aggregate)))
        {
            var members = string.Join(", ", lag.Select(l => $"{l.A.Port} — {l.B.Port}"));
            var backsUp = w[$"{lag.Count()} members back each other up", $"{lag.Count()} 條成員互為備援"];
            rows.Add(Row(w["LAG", "鏈路聚合"], $"{name(lag.First().A.Device)} — {name(lag.First().B.Device)}", members, backsUp));
        }
        foreach (var pair in graph.Links.Where(l => l.Aggregate is null).GroupBy(l => (l.A.Device, l.B.Device)).Where(g => g.Count() > 1))
            rows.Add(Row(w["Parallel links", "並行鏈路"], $"{name(pair.Key.Item1)} — {name(pair.Key.Item2)}",
                string.Join(", ", pair.Select(l => $"{l.A.Port} — {l.B.Port}")), w["redundant cables", "備援線路"]));
        foreach (var link in graph.Links.Where(l => l.Backup))
        {
            var between = $"{name(link.A.Device)} — {name(link.B.Device)}";
            rows.Add(Row(w["Standby (spanning tree)", "備援 (生成樹阻斷)"], between, $"{link.A.Port} — {link.B.Port}",
                w["blocked until the active path fails", "主要路徑中斷時啟用"]));
        }
        var deviceAddresses = graph.Devices.SelectMany(d => d.Addresses.Select(a => (a.Address, Device: d)));
        var byAddress = deviceAddresses.DistinctBy(x => x.Address).ToDictionary(x => x.Address, x => x.Device);
        string NextHopLabel(RouteEntry r) => byAddress.TryGetValue(r.NextHop!, out var d) ? d.Label : r.NextHop!.ToString();
        foreach (var destination in graph.Routes.Where(r => r.NextHop is not null && r.Destination.Length > 0)
                     .GroupBy(r => r.Destination).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
        {
            var via = destination.Select(NextHopLabel).Distinct().Order(StringComparer.Ordinal).ToArray();
            if (via.Length > 1)
            {
                var reachable = w[$"reachable through {via.Length} routers", $"可經 {via.Length} 台設備到達"];
                rows.Add(Row(w["Alternate routes", "備援路由"], destination.Key.ToString(), string.Join(", ", via), reachable));
            }
        }
        IReadOnlyList<string> headers =
        [
            w["Kind", "類型"], w["Between / destination", "兩端 / 目的網段"],
            w["Links / paths", "鏈路 / 路徑"], w["What it backs up", "備援說明"],
        ];
        return new RecordTable("backup-lines", w["Backup lines", "備援線路"], headers, rows);
    }

    private static RecordTable Wireless(TopologyGraph graph, ZoneMap zones, Words w, Func<Zone, string> zone, Func<string, string> name)
    {
        var wireless = graph.Devices.Where(d => d.Role is DeviceRole.WirelessController or DeviceRole.AccessPoint);
        var rows = wireless.OrderBy(d => d.Role).ThenBy(d => d.Name, StringComparer.Ordinal)
            .Select(d =>
            {
                var uplink = graph.Links.FirstOrDefault(l => l.A.Device == d.Id || l.B.Device == d.Id);
                var other = uplink is null ? null : uplink.A.Device == d.Id ? uplink.B : uplink.A;
                var kind = d.Role == DeviceRole.WirelessController
                    ? w["Controller", "無線控制器"]
                    : w["Access point", "無線基地台"];
                var connectedTo = other is null ? "" : $"{name(other.Device)} {other.Port}";
                return Row(kind, d.Name, d.Model, d.ManagementAddresses.FirstOrDefault() ?? "", connectedTo, zone(zones.OfDevice(d.Id)));
            });
        IReadOnlyList<string> headers =
        [
            w["Kind", "類型"], w["Name", "名稱"], w["Model", "型號"],
            w["Address", "IP 位址"], w["Connected to", "連接至"], w["Zone", "區域"],
        ];
        return new RecordTable("wireless", w["Wireless", "無線網路"], headers, rows.ToArray());
    }

    private static RecordTable Devices(
        TopologyGraph graph, ZoneMap zones, Words w, Func<Zone, string> zone, IReadOnlyList<LifecycleRow> lifecycle)
    {
        var status = DeviceLifecycle.ByDevice(lifecycle);
        var rowsOf = lifecycle.ToLookup(r => r.Device.Id, StringComparer.Ordinal);
        string Status(Device d) => status.TryGetValue(d.Id, out var s) ? LifecycleWords.Status(s.Status, w.Chinese) : "";
        string LastSupport(Device d) => DeviceLifecycle.ChassisSupportEnd(rowsOf[d.Id]) is { } date ? Lifecycle.IsoDate.Format(date) : "";
        var rows = graph.Devices.OrderBy(d => zones.Order(zones.OfDevice(d.Id))).ThenBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => Row(d.Label, d.Role.ToString(), d.Vendor, d.Model, $"{d.OsName} {d.OsVersion}".Trim(), d.Serial,
                d.ManagementAddresses.FirstOrDefault() ?? "", zone(zones.OfDevice(d.Id)), d.Status.ToString(), d.Credential,
                Status(d), LastSupport(d)));
        IReadOnlyList<string> headers =
        [
            w["Name", "名稱"], w["Role", "角色"], w["Vendor", "廠牌"], w["Model", "型號"], w["OS", "作業系統"],
            w["Serial", "序號"], w["Management IP", "管理 IP"], w["Zone", "區域"], w["Poll status", "輪詢狀態"],
            w["SNMP access", "SNMP 存取"], w["Lifecycle status", "生命週期狀態"], w["Support ends", "終止支援日"],
        ];
        return new RecordTable("devices", w["Devices", "設備清冊"], headers, rows.ToArray());
    }

    private static RecordTable Findings(TopologyGraph graph, ZoneMap zones, Words w, Func<string, string> name)
    {
        var rows = SegmentationRules.Evaluate(graph, zones).Concat(graph.Findings)
            .Select(f => Row(f.Severity.ToString(), f.Code, string.Join(", ", f.Devices.Select(name)), f.Message));
        IReadOnlyList<string> headers = [w["Severity", "嚴重度"], w["Finding", "項目"], w["Devices", "設備"], w["Detail", "說明"]];
        return new RecordTable("findings", w["Findings", "檢查發現"], headers, rows.ToArray());
    }

    private static string[] Row(params string[] cells) => cells;
    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
