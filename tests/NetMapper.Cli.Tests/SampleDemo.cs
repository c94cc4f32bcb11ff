using NetMapper.Storage;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Cli.Tests;

/// <summary>
/// One run of <c>netmapper demo</c> shared by the sample network's test classes: the real scanner over UDP against the
/// bundled recordings, the scan it stored, and topology-samples/README.md's tables to judge it by.
/// </summary>
public sealed class SampleDemo : IAsyncLifetime
{
    public const string Collection = "sample network";
    /// <summary>Lifecycle status is judged as of this date, so the README's lifecycle table stays true.</summary>
    public const string AsOf = "2026-12-01";

    [CollectionDefinition(Collection)]
    public sealed class DemoCollection : ICollectionFixture<SampleDemo>;

    public static string SampleDir => Path.Combine(RepoPaths.Root, "topology-samples", "securities-hq");
    public static string ZonesFile => Path.Combine(SampleDir, "zones.yaml");

    public string OutDir { get; } = Directory.CreateTempSubdirectory("netmapper-demo-").FullName;
    public string Db => Path.Combine(OutDir, "netmapper.db");
    public string Output { get; private set; } = "";
    public TopologyGraph Graph { get; private set; } = new();
    public ZoneMap Zones { get; private set; } = null!;
    public IReadOnlyList<MarkdownTables.Table> Readme { get; } =
        MarkdownTables.Read(Path.Combine(RepoPaths.Root, "topology-samples", "README.md"));

    /// <summary>The README's segmentation findings as "code device", in order.</summary>
    public IEnumerable<string> ExpectedSegmentation =>
        Readme.Single(t => t.Header[0] == "segmentation finding").Rows.Select(r => $"{r[0]} {r[1]}").Order(StringComparer.Ordinal);

    public async ValueTask InitializeAsync()
    {
        var (exit, output, error) = await CliRunner.RunAsync(CancellationToken.None, "demo", "--out", OutDir, "--as-of", AsOf);
        Assert.True(exit == 0, error + output);
        Output = output;
        using (var store = ScanStore.Open(Db, readOnly: true))
            Graph = store.LoadGraph(store.Latest().Id);
        Zones = new ZoneMap(Graph, ZonePolicy.Load(ZonesFile));
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(OutDir, recursive: true);
        return ValueTask.CompletedTask;
    }
}
