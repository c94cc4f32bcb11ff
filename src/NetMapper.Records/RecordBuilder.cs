using NetMapper.Lifecycle.Matching;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Records;

/// <summary>
/// The records Article 4.2 asks for, from one scan: network segments, routing, host IP addresses, backup lines,
/// wireless, devices, and the segmentation findings (Art. 5). Every value is written in the language asked for.
/// </summary>
public static class RecordBuilder
{
    /// <param name="lifecycle">The lifecycle rows of the scan's devices, for the device record's status and last date of
    /// support; without them those columns are empty.</param>
    /// <param name="scan">Which scan, and whether it finished: the first sheet when given.</param>
    /// <param name="vendors">Vendor names by OUI; without a registry, the names the scan recorded.</param>
    public static IReadOnlyList<RecordTable> Build(TopologyGraph graph, ZoneMap zones, string language,
        IReadOnlyList<LifecycleRow>? lifecycle = null, RecordScan? scan = null, VendorNames? vendors = null)
    {
        var context = new RecordContext(graph, zones, language, vendors ?? VendorNames.WithoutRegistry);
        var tables = new List<RecordTable>();
        if (scan is not null) tables.Add(scan.Table(context.W));
        tables.AddRange(
        [
            SegmentRecord.Build(context),
            RoutingRecord.Build(context),
            HostRecord.Build(context),
            BackupLineRecord.Build(context),
            WirelessRecord.Build(context),
            DeviceRecord.Build(context, lifecycle ?? []),
            FindingRecord.Build(context),
        ]);
        return tables;
    }
}
