using NetMapper.Application.Refreshing;
using NetMapper.Application.Scanning;
using NetMapper.Discovery.Crawling;
using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Plan;
using NetMapper.Snmp;
using NetMapper.Storage;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Application.Tests;

/// <summary>The scan and refresh jobs against the tiny network served on loopback, run directly: no command line.</summary>
public sealed class RefreshJobTests : IDisposable
{
    private readonly StoredNetwork network = new();

    private ScanJobRequest Scan(int port)
    {
        var scope = new ScanScope(TinyNetwork.InScope.Select(IpPrefix.Parse).ToArray(), []);
        var crawl = new CrawlRequest([System.Net.IPAddress.Parse("127.0.0.31")], scope, [CommunityCredentials.V2c(TinyNetwork.Community)])
        {
            Poll = new PollOptions { Port = port, Timeout = TimeSpan.FromSeconds(2), Retries = 2 },
        };
        return new ScanJobRequest(crawl, network.Db, ["v2c community"], "0.0.0-test");
    }

    [Fact]
    public async Task A_Scan_Job_Stores_A_Complete_Scan_And_Returns_Its_Id_With_The_Graph()
    {
        int port = FreePort.Udp();
        await using var lab = TinyNetwork.Start(port);

        var scan = await ScanJob.RunAsync(Scan(port), progress: null, TestContext.Current.CancellationToken);

        Assert.Equal(ScanStatus.Complete, scan.Info.Status);
        Assert.Equal(3, scan.Info.DevicesPolled);
        Assert.Equal("0.0.0-test", scan.Info.NetMapperVersion);
        using var store = ScanStore.Open(network.Db, readOnly: true);
        Assert.Equal(scan.Info.Id, store.Latest().Id);
        Assert.Equal(scan.Graph.Devices.Select(d => d.Id), store.LoadGraph(scan.Info.Id).Devices.Select(d => d.Id));
    }

    [Fact]
    public async Task A_Second_Refresh_Writes_A_Second_Pack_Whose_Changes_Are_None_And_Reports_Its_Stages_In_Order()
    {
        int port = FreePort.Udp();
        await using var lab = TinyNetwork.Start(port);
        var request = new RefreshRequest(Scan(port), network.Folder("evidence"), ZonePolicy.Default(), LifecycleCatalog.BuiltIn(),
            new LifecyclePolicy(new DateOnly(2026, 12, 1)), "en", "") { DiagramFormats = ["svg"] };

        var first = await RefreshJob.RunAsync(request, progress: null, TestContext.Current.CancellationToken);
        var stages = new StagesSeen();
        var second = await RefreshJob.RunAsync(request, stages, TestContext.Current.CancellationToken);

        Assert.Null(first.Changes); // nothing earlier to compare with
        Assert.NotNull(second.Changes);
        Assert.True(second.Changes.IsEmpty);
        Assert.NotEqual(first.Pack, second.Pack);
        Assert.True(File.Exists(Path.Combine(second.Pack!, "manifest.json")));
        Assert.True(File.Exists(Path.Combine(second.Pack!, "summary.md")));
        Assert.Equal([typeof(RefreshEvent.Scanning), typeof(RefreshEvent.FirstDeviceStored), typeof(RefreshEvent.WritingEvidence)],
            stages.Seen.Select(e => e.GetType()));
        Assert.Equal(second.Pack, Assert.IsType<RefreshEvent.WritingEvidence>(stages.Seen[^1]).Pack);
    }

    [Fact]
    public async Task A_Refresh_Of_A_Database_Another_Refresh_Holds_Gives_Up_As_Busy_Before_Scanning()
    {
        var request = new RefreshRequest(Scan(FreePort.Udp()), network.Folder("evidence"), ZonePolicy.Default(),
            LifecycleCatalog.BuiltIn(), new LifecyclePolicy(new DateOnly(2026, 12, 1)), "en", "");
        using var held = new FileStream(network.Db + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var stages = new StagesSeen();

        var busy = await Assert.ThrowsAsync<JobException>(
            () => RefreshJob.RunAsync(request, stages, TestContext.Current.CancellationToken));

        Assert.Equal(JobFailure.Busy, busy.Failure);
        Assert.Contains($"'{network.Db}'", busy.Message, StringComparison.Ordinal);
        Assert.Empty(stages.Seen);
        Assert.False(File.Exists(network.Db));
    }

    /// <summary>Every stage as reported, on the thread that reported it: Progress&lt;T&gt; would post them out of order.</summary>
    private sealed class StagesSeen : IProgress<RefreshEvent>
    {
        private readonly Lock gate = new();
        public List<RefreshEvent> Seen { get; } = [];

        public void Report(RefreshEvent value)
        {
            lock (gate) Seen.Add(value);
        }
    }

    public void Dispose() => network.Dispose();
}
