using NetMapper.Lifecycle.Matching;
using NetMapper.Topology;

namespace NetMapper.Records;

/// <summary>Devices, zone by zone in policy order, then by name: identity, address, how polling ended, which credential
/// answered, and the lifecycle status and last date of support when lifecycle rows are given.</summary>
internal static class DeviceRecord
{
    public static RecordTable Build(RecordContext c, IReadOnlyList<LifecycleRow> lifecycle)
    {
        var row = Rows(c, lifecycle);
        return new RecordTable("devices", c.W["Devices", "設備清冊"], Headers(c.W), Ordered(c).Select(row).ToArray());
    }

    public static IEnumerable<Device> Ordered(RecordContext c) =>
        c.Graph.Devices.OrderBy(d => c.Zones.Order(c.Zones.OfDevice(d.Id))).ThenBy(d => d.Name, StringComparer.Ordinal);

    /// <summary>How a device's row reads, its lifecycle judged once for all of them.</summary>
    public static Func<Device, RecordCell[]> Rows(RecordContext c, IReadOnlyList<LifecycleRow> lifecycle)
    {
        var status = DeviceLifecycle.ByDevice(lifecycle);
        var rowsOf = lifecycle.ToLookup(r => r.Device.Id, StringComparer.Ordinal);
        string Status(Device d) => status.TryGetValue(d.Id, out var s) ? LifecycleWords.Status(s.Status, c.Chinese) : "";
        string LastSupport(Device d) =>
            DeviceLifecycle.ChassisSupportEnd(rowsOf[d.Id]) is { } date ? Lifecycle.IsoDate.Format(date) : "";
        return d =>
        [
            d.Label, RoleWords.Of(d.Role, c.Chinese), c.Vendors.OfDevice(d), d.Model, $"{d.OsName} {d.OsVersion}".Trim(), d.Serial,
            d.ManagementAddresses.FirstOrDefault() ?? "", c.ZoneName(c.Zones.OfDevice(d.Id)), PollStatusWords.Of(d.Status, c.Chinese),
            CredentialWords.Of(d.Credential, c.Chinese), Status(d), LastSupport(d),
        ];
    }

    public static IReadOnlyList<string> Headers(Words w) =>
    [
        w["Name", "名稱"], w["Role", "角色"], w["Vendor", "廠牌"], w["Model", "型號"], w["OS", "作業系統"],
        w["Serial", "序號"], w["Management IP", "管理 IP"], w["Zone", "區域"], w["Poll status", "輪詢狀態"],
        w["SNMP access", "SNMP 存取"], w["Lifecycle status", "生命週期狀態"], w["Support ends", "終止支援日"],
    ];
}
