using NetMapper.Application.Changes;
using NetMapper.Application.Evidence;
using NetMapper.Application.Stored;
using NetMapper.Storage;
using NetMapper.Topology;
using NetMapper.Topology.Diff;
using NetMapper.Zones;

namespace NetMapper.Application.Tests;

/// <summary>The jobs' JSON files (the diff, the evidence manifest) and the content hash are written byte for byte as
/// with the reflection-based options; a hash stored before still verifies.</summary>
public sealed class GeneratedJsonTests
{
    private static readonly DateTimeOffset Time = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private static GraphDiff Diff()
    {
        var before = SyntheticTopology.Build(46);
        var after = SyntheticTopology.Build(40) with { Devices = [.. SyntheticTopology.Build(40).Devices.Select(Renamed)] };
        return DiffJob.Compare(Scan(1, before), Scan(2, after), ZonePolicy.Default(), new DateOnly(2026, 12, 1));
    }

    private static Device Renamed(Device device, int i) => i % 7 == 0 ? device with { Name = device.Name + "-新" } : device;

    private static LoadedScan Scan(int id, TopologyGraph graph) => new(new ScanInfo { Id = id, StartedAt = Time }, graph);

    [Fact]
    public void The_Diff_Is_Written_As_Before()
    {
        var diff = Diff();

        Assert.False(diff.IsEmpty);
        ReflectionJson.AssertSameForm(diff, ReflectionJson.Graph(indented: true), JobJson.Indented);
        Assert.Empty(ReflectionJson.EnumsWithoutNames(typeof(GraphDiff), JobJson.Indented));
    }

    [Fact]
    public void The_Evidence_Manifest_Is_Written_As_Before()
    {
        var manifest = new EvidencePack.Manifest(3, 2, "sha256:0123456789abcdef", Time,
            [new EvidencePack.FileEntry("records/netmapper-records.xlsx", new string('a', 64), 12_345)]);

        ReflectionJson.AssertSameForm(manifest, ReflectionJson.Graph(indented: true), JobJson.Indented);
    }

    [Fact]
    public void A_Graph_Hashes_As_It_Did_Before()
    {
        var graph = SyntheticTopology.Build(60);
        string before = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(graph, ReflectionJson.Graph())))[..16];

        Assert.Equal(before, ScanContentHash.Of(graph));
    }
}
