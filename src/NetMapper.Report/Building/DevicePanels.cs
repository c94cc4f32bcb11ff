using NetMapper.Records;
using NetMapper.Topology;

namespace NetMapper.Report;

/// <summary>Each device's panel: identity, where it sits in the zones, and its parts as small tables.</summary>
internal static class DevicePanels
{
    public static IReadOnlyList<ReportDevice> Build(ReportContext c)
    {
        var links = c.Graph.Links.SelectMany(l => new[] { (Device: l.A.Device, Link: l), (Device: l.B.Device, Link: l) })
            .ToLookup(x => x.Device, x => x.Link, StringComparer.Ordinal);
        var findings = c.Findings.SelectMany(f => f.Finding.Devices.Distinct().Select(d => (Device: d, Finding: f)))
            .ToLookup(x => x.Device, x => x.Finding, StringComparer.Ordinal);
        var lifecycle = c.Input.Lifecycle.ToLookup(r => r.Device.Id, StringComparer.Ordinal);
        var hosts = c.Graph.Hosts.Where(h => h.Device is not null).ToLookup(h => h.Device!, StringComparer.Ordinal);
        return c.Graph.Devices.Select(d =>
        {
            var ends = links[d.Id].Select(l => Ends.Of(l, d.Id)).ToArray();
            var zones = c.DeviceZones(d.Id);
            var parts = new[]
            {
                DeviceParts.Addresses(c, d), DeviceParts.Interfaces(c, d, ends), DeviceParts.Neighbours(c, ends), DeviceParts.Vlans(c, d),
                DeviceParts.Lifecycle(c, lifecycle[d.Id]), DeviceParts.Findings(c, findings[d.Id]),
            };
            return new ReportDevice(d.Id, d.Label, zones[0])
            {
                Zones = zones,
                Facts = Facts(c, d, zones, hosts[d.Id].Count()),
                Parts = parts.Where(p => p.Rows.Count > 0).ToArray(),
                Change = c.Changes.Device(d.Id),
            };
        }).ToArray();
    }

    private static ReportFact[] Facts(ReportContext c, Device d, IReadOnlyList<string> zones, int hosts)
    {
        var t = c.Text;
        string model = d.ModelName.Length > 0 && d.ModelName != d.Model ? $"{d.Model} ({d.ModelName})" : d.Model;
        string ZoneName(string id) => c.Zones.Policy.Find(id) is { } zone ? c.ZoneName(zone) : id;
        var facts = new List<ReportFact>
        {
            new(t["Role", "角色"], RoleWords.Of(d.Role, c.Chinese)),
            new(t["Vendor", "廠牌"], c.Input.Vendors.OfDevice(d)),
            new(t["Model", "型號"], model),
            new(t["Serial", "序號"], d.Serial),
            new(t["OS", "作業系統"], $"{d.OsName} {d.OsVersion}".Trim()),
            new(t["Management IP", "管理 IP"], string.Join(", ", d.ManagementAddresses)),
            new(t["Chassis ID", "機箱識別碼"], d.ChassisId),
            new(t["Device id", "設備識別"], d.Id),
            new(t["Location", "位置"], d.Location),
            new(t["Poll status", "輪詢狀態"], PollStatusWords.Of(d.Status, c.Chinese)),
            new(t["SNMP access", "SNMP 存取"], CredentialWords.Of(d.Credential, c.Chinese)),
            new(t["Problems", "問題"], string.Join("; ", d.Problems)),
            new(t["Drawn in zone", "繪製於區域"], ZoneName(zones[0])),
            new(t["Zones it has a foot in", "所涉區域"], string.Join(", ", zones.Select(ZoneName))),
            new(t["Hosts learnt on it", "所學習之主機數"], PortWords.Number(hosts)),
            new(t["System description", "系統描述"], d.SysDescr),
        };
        return facts.Where(f => f.Value.Length > 0).ToArray();
    }
}

/// <summary>A link seen from one of its devices: this end's port, and the device and port at the other end.</summary>
internal sealed record Ends(Link Link, LinkEnd Here, LinkEnd There)
{
    public static Ends Of(Link link, string deviceId) =>
        link.A.Device == deviceId ? new(link, link.A, link.B) : new(link, link.B, link.A);

    public bool IsOn(DeviceInterface port) => Here.IfIndex is int i ? i == port.IfIndex : Here.Port == port.Name;
}
