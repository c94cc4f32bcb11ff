using NetMapper.Storage;
using NetMapper.Topology;

namespace NetMapper.Cli.Scan;

/// <summary>A finished scan: its record and graph, and for a scan without seeds how its sweep fared.</summary>
internal sealed record ScanRun(ScanInfo Info, TopologyGraph Graph)
{
    public SeedlessSweep? Seedless { get; init; }
}

/// <summary>A scan without seeds: the live hosts its sweeps found, and how many of them answered SNMP.</summary>
internal sealed record SeedlessSweep(int LiveHosts, int AnsweredSnmp);
