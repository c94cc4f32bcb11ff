using System.Globalization;
using NetMapper.Lifecycle;
using NetMapper.Lifecycle.Matching;
using NetMapper.Records;
using NetMapper.Topology;

namespace NetMapper.Report;

/// <summary>The small tables of a device's panel; a row naming another device opens that device's panel.</summary>
internal static class DeviceParts
{
    public static ReportTable Addresses(ReportContext c, Device d)
    {
        var t = c.Text;
        var rows = d.Addresses.Select(a => new ReportRow(
        [
            a.Address.ToString(), a.Prefix.ToString(), d.PortName(a.IfIndex), c.ZoneName(c.Zones.OfAddress(a.Address)),
        ]));
        ReportColumn[] columns =
        [
            new(t["Address", "位址"], ColumnKind.Ip), new(t["Subnet", "網段"], ColumnKind.Ip), new(t["Interface", "介面"]),
            new(t["Zone", "區域"]),
        ];
        return new ReportTable("addresses", t["Addresses", "位址"], columns, rows.ToArray());
    }

    public static ReportTable Interfaces(ReportContext c, Device d, IReadOnlyList<Ends> ends)
    {
        var t = c.Text;
        var rows = d.Interfaces.OrderBy(i => i.IfIndex).Select(i =>
        {
            var end = ends.FirstOrDefault(e => e.IsOn(i));
            string neighbour = end is null ? "" : $"{c.Name(end.There.Device)} {end.There.Port}".Trim();
            return new ReportRow(
            [
                InterfaceNames.Of(i, i.IfIndex), i.Alias.Length > 0 ? i.Alias : i.Description, PortWords.Speed(i.SpeedBps),
                State(t, i), Vlans(t, d, i), neighbour, i.Mac?.ToString() ?? "",
            ])
            { Device = end?.There.Device };
        });
        ReportColumn[] columns =
        [
            new(t["Port", "連接埠"]), new(t["Description", "描述"]), new(t["Speed", "速率"]), new(t["State", "狀態"]),
            new("VLAN"), new(t["Neighbour", "鄰居"]), new("MAC", ColumnKind.Mac),
        ];
        return new ReportTable("interfaces", t["Interfaces", "介面"], columns, rows.ToArray());
    }

    public static ReportTable Neighbours(ReportContext c, IReadOnlyList<Ends> ends)
    {
        var t = c.Text;
        var ordered = ends.OrderBy(e => e.Here.IfIndex ?? int.MaxValue).ThenBy(e => e.Here.Port, StringComparer.Ordinal);
        var rows = ordered.Select(e => new ReportRow(
        [
            e.Here.Port, c.Name(e.There.Device), e.There.Port, string.Join(", ", e.Link.Protocols.Select(p => p.ToUpperInvariant())),
            LinkWords.Confidence(e.Link.Confidence, c.Chinese), e.Link.Backup ? t["standby", "備援"] : "",
        ])
        { Device = e.There.Device, Change = c.Changes.Link(e.Link) });
        ReportColumn[] columns =
        [
            new(t["Local port", "本地連接埠"]), new(t["Neighbour", "鄰居"]), new(t["Its port", "對端連接埠"]),
            new(t["Seen by", "發現方式"]), new(t["Confidence", "可信度"]), new(t["Standby", "備援"]),
        ];
        return new ReportTable("neighbours", t["Neighbours", "鄰居"], columns, rows.ToArray());
    }

    public static ReportTable Vlans(ReportContext c, Device d)
    {
        var t = c.Text;
        string Ports(IEnumerable<int> indexes) => string.Join(", ", indexes.Select(d.PortName));
        var rows = d.Vlans.OrderBy(v => v.Id).Select(v => new ReportRow(
        [
            PortWords.Number(v.Id), v.Name, c.ZoneName(c.Zones.OfVlan(v.Id)), Ports(v.UntaggedIfIndexes), Ports(v.TaggedIfIndexes),
        ]));
        ReportColumn[] columns =
        [
            new("VLAN", ColumnKind.Number), new(t["Name", "名稱"]), new(t["Zone", "區域"]),
            new(t["Untagged ports", "未標記連接埠"]),
            new(t["Tagged ports", "標記連接埠"]),
        ];
        return new ReportTable("vlans", "VLAN", columns, rows.ToArray());
    }

    public static ReportTable Lifecycle(ReportContext c, IEnumerable<LifecycleRow> lifecycle)
    {
        var t = c.Text;
        var rows = lifecycle.Select(r => new ReportRow(
        [
            LifecycleWords.Component(r.Component, c.Chinese) + (r.ComponentName.Length > 0 ? $" ({r.ComponentName})" : ""),
            r.Product, r.Version, LifecycleWords.Status(r.Status, c.Chinese),
            r.UnsupportedOn is { } date ? IsoDate.Format(date) : LifecycleWords.Reason(r.Reason, c.Chinese), r.Replacement,
        ]));
        ReportColumn[] columns =
        [
            new(t["Component", "元件"]), new(t["Product", "產品"]), new(t["Version", "版本"]), new(t["Status", "狀態"]),
            new(t["Support ends", "終止支援日"]), new(t["Recommended replacement", "建議替代"]),
        ];
        return new ReportTable("lifecycle", t["Lifecycle", "生命週期"], columns, rows.ToArray());
    }

    public static ReportTable Findings(ReportContext c, IEnumerable<ReportFinding> findings)
    {
        var t = c.Text;
        var rows = findings.Select(f => FindingTable.Row(c, f));
        ReportColumn[] columns =
        [
            new(t["Severity", "嚴重度"]), new(t["Finding", "項目"]), new(t["Code", "代碼"]), new(t["Devices", "設備"]),
            new(t["Detail", "說明"]),
        ];
        return new ReportTable("findings", t["Findings", "檢查發現"], columns, rows.ToArray());
    }

    private static string State(ReportText t, DeviceInterface i) =>
        !i.AdminUp ? t["disabled", "已停用"] : i.OperUp ? t["up", "連線"] : t["down", "未連線"];

    /// <summary>"110", or "110; tagged 10, 20" on a trunk with a native VLAN.</summary>
    private static string Vlans(ReportText t, Device d, DeviceInterface i)
    {
        var carried = d.Vlans.Where(v => v.TaggedIfIndexes.Contains(i.IfIndex)).Select(v => v.Id).Order().ToArray();
        string native = i.Pvid is int p ? p.ToString(CultureInfo.InvariantCulture) : "";
        if (carried.Length == 0) return native;
        string list = string.Join(", ", carried.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        string tagged = $"{t["tagged", "標記"]} {list}";
        return native.Length > 0 ? $"{native}; {tagged}" : tagged;
    }
}
