using NetMapper.Application.Stored;
using NetMapper.Discovery.Oui;
using NetMapper.Lifecycle.Matching;
using NetMapper.Records;
using NetMapper.Storage;
using NetMapper.Zones;

namespace NetMapper.Application.Reporting;

/// <summary>The Article 4.2 records of one scan, with each device's judged lifecycle rows, into a folder.</summary>
public sealed record RecordsRequest(LoadedScan Scan, ZonePolicy Zones, IReadOnlyList<LifecycleRow> Lifecycle, string Language,
    string Folder, IReadOnlyCollection<string> Formats);

public sealed record RecordsResult(int ScanId, IReadOnlyList<string> Files);

/// <summary>Writes a scan's records as XLSX and CSV.</summary>
public static class RecordsJob
{
    public static readonly IReadOnlyList<string> Formats = ["xlsx", "csv"];

    public static RecordsResult Run(RecordsRequest request)
    {
        var (scan, graph) = (request.Scan.Info, request.Scan.Graph);
        var about = new RecordScan(scan.Id, scan.StartedAt, scan.Status == ScanStatus.Complete, scan.Note);
        // Vendors are named by the IEEE registry this machine has, as the scan named its hosts' vendors.
        var vendors = new VendorNames(OuiRegistry.LoadDefault().VendorOf);
        var zones = new ZoneMap(graph, request.Zones);
        var tables = RecordBuilder.Build(graph, zones, request.Language, request.Lifecycle, about, vendors);
        var files = RecordWriter.Write(tables, request.Folder, $"netmapper-records-scan{scan.Id}", request.Formats);
        return new RecordsResult(scan.Id, files);
    }
}
