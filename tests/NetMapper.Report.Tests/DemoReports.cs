using NetMapper.Storage;
using NetMapper.Topology;

namespace NetMapper.Report.Tests;

/// <summary>
/// One run of <c>netmapper demo</c> (the real scanner against the bundled sample network), whose folder holds the
/// report in Traditional Chinese; the English one is written from its database by <c>netmapper report --lang en</c>.
/// </summary>
public sealed class DemoReports : IAsyncLifetime
{
    public const string Collection = "demo reports";
    public const string AsOf = "2026-12-01";

    [CollectionDefinition(Collection)]
    public sealed class DemoCollection : ICollectionFixture<DemoReports>, ICollectionFixture<SharedBrowser>;

    public string Folder { get; } = Directory.CreateTempSubdirectory("netmapper-report-demo-").FullName;
    public string Db => Path.Combine(Folder, "netmapper.db");
    public string Chinese => Path.Combine(Folder, "report.html");
    public string English => Path.Combine(Folder, "report-en.html");
    public TopologyGraph Graph { get; private set; } = new();

    public string File(string language) => language == "en" ? English : Chinese;

    public async ValueTask InitializeAsync()
    {
        var (exit, output, error) = await InProcessCli.RunAsync("demo", "--out", Folder, "--as-of", AsOf);
        Assert.True(exit == 0, error + output);
        (exit, _, error) = await InProcessCli.RunAsync("report", "--db", Db, "--lang", "en", "--out", English, "--as-of", AsOf);
        Assert.True(exit == 0, error);
        using var store = ScanStore.Open(Db, readOnly: true);
        Graph = store.LoadGraph(store.Latest().Id);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
