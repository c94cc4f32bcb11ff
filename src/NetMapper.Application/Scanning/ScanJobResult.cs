using NetMapper.Application.Stored;
using NetMapper.Storage;
using NetMapper.Topology;

namespace NetMapper.Application.Scanning;

/// <summary>A finished scan: its record (with its id) and graph, and for a scan without seeds how its sweep fared.</summary>
public sealed record ScanJobResult(ScanInfo Info, TopologyGraph Graph)
{
    public SeedlessSweep? Seedless { get; init; }

    public LoadedScan Scan => new(Info, Graph);
}

/// <summary>A scan without seeds: the live hosts its sweeps found, and how many of them answered SNMP.</summary>
public sealed record SeedlessSweep(int LiveHosts, int AnsweredSnmp);
