using NetMapper.Storage;
using NetMapper.Topology;

namespace NetMapper.Application.Stored;

/// <summary>A scan's record and its graph, as stored or as a scan job just produced them.</summary>
public sealed record LoadedScan(ScanInfo Info, TopologyGraph Graph);
