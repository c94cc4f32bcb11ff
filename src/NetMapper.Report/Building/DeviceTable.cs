using NetMapper.Lifecycle;
using NetMapper.Lifecycle.Matching;
using NetMapper.Records;
using NetMapper.Topology;

namespace NetMapper.Report;

/// <summary>Devices, zone by zone in policy order, then by name, as the device record lists them.</summary>
internal static class DeviceTable
{
    public static ReportTable Build(ReportContext c)
    {
        var t = c.Text;
        var status = DeviceLifecycle.ByDevice(c.Input.Lifecycle);
        var rowsOf = c.Input.Lifecycle.ToLookup(r => r.Device.Id, StringComparer.Ordinal);
        string Status(Device d) => status.TryGetValue(d.Id, out var s) ? LifecycleWords.Status(s.Status, c.Chinese) : "";
        string Ends(Device d) => DeviceLifecycle.ChassisSupportEnd(rowsOf[d.Id]) is { } date ? IsoDate.Format(date) : "";
        var ordered = c.Graph.Devices.OrderBy(d => c.Zones.Order(c.Zones.OfDevice(d.Id))).ThenBy(d => d.Name, StringComparer.Ordinal);
        var rows = ordered.Select(d => new ReportRow(
        [
            d.Label, RoleWords.Of(d.Role, c.Chinese), c.Input.Vendors.OfDevice(d), d.Model, $"{d.OsName} {d.OsVersion}".Trim(),
            d.Serial, d.ManagementAddresses.FirstOrDefault() ?? "", c.ZoneName(c.Zones.OfDevice(d.Id)),
            PollStatusWords.Of(d.Status, c.Chinese), Status(d), Ends(d),
        ])
        { Device = d.Id, Zones = c.DeviceZones(d.Id), Change = c.Changes.Device(d.Id) });
        ReportColumn[] columns =
        [
            new(t["Name", "名稱"]), new(t["Role", "角色"]), new(t["Vendor", "廠牌"]), new(t["Model", "型號"]),
            new(t["OS", "作業系統"]), new(t["Serial", "序號"]), new(t["Management IP", "管理 IP"], ColumnKind.Ip),
            new(t["Zone", "區域"]), new(t["Poll status", "輪詢狀態"]), new(t["Lifecycle status", "生命週期狀態"]),
            new(t["Support ends", "終止支援日"]),
        ];
        return new ReportTable("devices", t["Devices", "設備"], columns, rows.ToArray());
    }
}
