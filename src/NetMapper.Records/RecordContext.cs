using System.Net;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Records;

/// <summary>What every record is built from: the scan, its zones, the language, and the vendor names.</summary>
internal sealed class RecordContext(TopologyGraph graph, ZoneMap zones, string language, VendorNames vendors)
{
    public TopologyGraph Graph { get; } = graph;
    public ZoneMap Zones { get; } = zones;
    public string Language { get; } = language;
    public VendorNames Vendors { get; } = vendors;
    public Words W { get; } = new(language);
    public bool Chinese => W.Chinese;

    public string ZoneName(Zone zone) => zone.Name(Language);

    /// <summary>A device by name, as people read it.</summary>
    public string Name(string deviceId) => Graph.LabelOf(deviceId);

    /// <summary>The most specific subnet of the scan holding an address.</summary>
    public Subnet? SubnetOf(IPAddress address) =>
        Graph.Subnets.Where(s => s.Prefix.Contains(address)).MaxBy(s => s.Prefix.Length);

    public static RecordCell Number(long? value) => RecordCell.Of(value);
}
