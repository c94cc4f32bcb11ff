using System.Net;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Records;

/// <summary>
/// The lines to the outside (Internet carriers, the exchanges' dedicated lines, partners): a route of one of our
/// devices whose next hop is no device we polled and sits in an External or Line zone. One line per router port and
/// far end, with every destination it carries; lines that carry a destination in common back each other up. Which one is
/// the primary comes from the zone policy (<c>line: primary|backup</c> on the segment of the far end); without it the
/// lines are said to back each other up.
/// </summary>
internal static class CarrierLines
{
    public sealed record Line(Device Router, string Port, IPAddress FarEnd, IReadOnlyList<IpPrefix> Destinations, string Protocol)
    {
        public SegmentPurpose? Segment { get; init; }
        public string Label => $"{Router.Label} {Port}";
    }

    public static IReadOnlyList<Line> Find(RecordContext c)
    {
        var polled = c.Graph.Devices.Where(d => d.Status is PollStatus.Done or PollStatus.Partial)
            .SelectMany(d => d.Addresses.Select(a => a.Address)).ToHashSet();
        bool Outside(IPAddress hop) => !polled.Contains(hop) && c.Zones.OfAddress(hop).Trust is ZoneTrust.External or ZoneTrust.Line;
        var routes = c.Graph.Routes.Where(r => r.NextHop is { } hop && Outside(hop) && c.Graph.Device(r.DeviceId) is not null);
        return routes.GroupBy(r => (r.DeviceId, r.IfIndex, Hop: r.NextHop!))
            .Select(g => new Line(c.Graph.Device(g.Key.DeviceId)!, c.Graph.Device(g.Key.DeviceId)!.PortName(g.Key.IfIndex), g.Key.Hop,
                g.Select(r => r.Destination).Distinct().OrderBy(p => p.ToString(), StringComparer.Ordinal).ToArray(),
                g.First().Protocol)
            {
                Segment = c.SubnetOf(g.Key.Hop) is { } s ? c.Zones.SegmentOf(s.Prefix, s.Vlan) : null,
            })
            .OrderBy(l => l.Router.Label, StringComparer.Ordinal).ThenBy(l => l.Port, StringComparer.Ordinal).ToArray();
    }

    public static IEnumerable<RecordCell[]> Rows(IReadOnlyList<Line> lines, RecordContext c)
    {
        var w = c.W;
        foreach (var line in lines)
        {
            var partners = lines.Where(o => o != line && o.Destinations.Intersect(line.Destinations).Any()).Select(o => o.Label);
            string others = string.Join(c.Chinese ? "、" : ", ", partners);
            string role = (line.Segment?.Line, others.Length > 0) switch
            {
                (_, false) => w["no backup line", "無備援線路"],
                (LineRole.Primary, _) => w[$"primary line, backed up by {others}", $"主線路，由 {others} 備援"],
                (LineRole.Backup, _) => w[$"backup line for {others}", $"備援線路，於 {others} 中斷時接手"],
                _ => w[$"backs up and is backed up by {others}", $"與 {others} 互為備援"],
            };
            string purpose = line.Segment?.Purpose.In(c.Language) ?? "";
            string described = purpose.Length > 0 ? w[$"{purpose}: {role}", $"{purpose}：{role}"] : role;
            string protocol = RouteProtocolWords.Of(line.Protocol, c.Chinese);
            string evidence = w[$"routing table of {line.Router.Label} ({protocol})", $"{line.Router.Label} 的路由表（{protocol}）"];
            if (line.Segment?.Line is not null) evidence += w["; primary and backup from the zone policy", "；主備依區域政策"];
            yield return
            [
                w["Line to the outside", "對外線路"], $"{line.Label} — {FarEnd(line.FarEnd, c)}",
                string.Join(", ", line.Destinations.Select(d => Destination(d, c))), described, evidence,
            ];
        }
    }

    /// <summary>The far end by the name its device or host goes by, with its address.</summary>
    private static string FarEnd(IPAddress address, RecordContext c)
    {
        var device = c.Graph.Devices.FirstOrDefault(d => d.ManagementAddresses.Contains(address.ToString()));
        var host = c.Graph.Hosts.FirstOrDefault(h => address.Equals(h.Address));
        string name = device?.Label ?? host?.HostName ?? "";
        return name.Length > 0 ? $"{name} {address}" : address.ToString();
    }

    private static string Destination(IpPrefix destination, RecordContext c) =>
        destination.Length > 0 ? destination.ToString() : c.W[$"{destination} (default route)", $"{destination}（預設路由）"];
}
